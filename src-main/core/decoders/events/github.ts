// GitHub deliveries: the event name is only in the X-GitHub-Event header; the body names the
// repository, the sender and (for most events) an action. Each event's key object differs.
import { compact, list, nonEmpty, record, text } from '../payloads/json-access';
import { eventCard } from './event-card';
import type { EventFamily } from './types';

function subjectOf(event: string, body: unknown): string | null {
  const repo = nonEmpty(record(body, 'repository'), 'full_name');
  const numbered = (key: string): string | null => {
    const item = record(body, key);
    const number = text(item, 'number');
    if (number === null) return null;
    const title = nonEmpty(item, 'title');
    return `#${number}${title ? ` ${title}` : ''}`;
  };
  switch (event) {
    case 'push':
      return [repo, nonEmpty(body, 'ref')?.replace(/^refs\/heads\//, '')].filter(Boolean).join(' ');
    case 'pull_request':
    case 'pull_request_review':
      return [repo, numbered('pull_request')].filter(Boolean).join(' ');
    case 'issues':
    case 'issue_comment':
      return [repo, numbered('issue')].filter(Boolean).join(' ');
    case 'release':
      return [repo, nonEmpty(record(body, 'release'), 'tag_name')].filter(Boolean).join(' ');
    case 'workflow_run':
      return [repo, nonEmpty(record(body, 'workflow_run'), 'name')].filter(Boolean).join(' ');
    default:
      return repo ?? nonEmpty(record(body, 'organization'), 'login');
  }
}

function factsOf(event: string, body: unknown): Array<string | null> {
  if (event === 'push') {
    const commits = list(body, 'commits').length;
    return [`${commits} commit${commits === 1 ? '' : 's'}`];
  }
  if (event === 'workflow_run') {
    const run = record(body, 'workflow_run');
    return [nonEmpty(run, 'conclusion') ?? nonEmpty(run, 'status')];
  }
  if (event === 'ping') return [nonEmpty(body, 'zen')];
  return [];
}

export const githubEvents: EventFamily = {
  family: 'github-event',
  label: 'GitHub',
  decode({ json, header }) {
    const event = header('x-github-event');
    if (event === null || typeof json !== 'object' || json === null) return null;
    const action = nonEmpty(json, 'action');
    const sender = nonEmpty(record(json, 'sender'), 'login');
    return eventCard({
      type: action ? `${event}.${action}` : event,
      id: header('x-github-delivery'),
      subject: subjectOf(event, json),
      facts: [...factsOf(event, json), sender ? `by ${sender}` : null],
      actor: sender,
      details: compact([
        ['delivery', header('x-github-delivery')],
        ['hookId', header('x-github-hook-id')],
        ['repository', nonEmpty(record(json, 'repository'), 'full_name')],
        ['headCommit', nonEmpty(record(json, 'head_commit'), 'message')],
      ]),
    });
  },
};
