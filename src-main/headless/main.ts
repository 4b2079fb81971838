console.log('headless placeholder');
