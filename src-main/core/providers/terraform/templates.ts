// An HCP Terraform run notification, as a generic webhook destination receives it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const terraformTemplates = [
  sampleEvent({
    id: 'terraform-run-applied',
    provider: 'terraform',
    name: 'Terraform: run applied',
    description: 'A run finished applying.',
    path: '/webhooks/terraform',
    body: (ctx) => ({
      payload_version: 1,
      notification_configuration_id: `nc-${ctx.hex(8)}`,
      run_url: `https://app.terraform.io/app/acme/workspaces/prod/runs/run-${ctx.hex(8)}`,
      run_id: `run-${ctx.hex(8)}`,
      run_message: 'Triggered via UI',
      run_created_at: isoAt(ctx.nowUnix - 120),
      run_created_by: 'sample-user',
      workspace_id: `ws-${ctx.hex(8)}`,
      workspace_name: 'prod',
      organization_name: 'acme',
      notifications: [
        {
          message: 'Applied',
          trigger: 'run:completed',
          run_status: 'applied',
          run_updated_at: isoAt(ctx.nowUnix),
          run_updated_by: null,
        },
      ],
    }),
  }),
];
