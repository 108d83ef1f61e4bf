console.log('offscreen');
