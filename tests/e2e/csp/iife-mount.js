// Mounts one explorer with the IIFE build's global; the test calls window.unmountFigure().
window.unmountFigure = window.Tokenscope.mount(document.getElementById('figure'), {
  prompt: 'Once upon a time',
  steps: 2,
  seed: 3,
  controls: ['step', 'temperature'],
});
