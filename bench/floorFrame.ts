import { dragTo, measureFrameWork } from './measure';

/**
 * The machine's floor for the temperature slider's frame: a page with nothing but a range
 * input, a canvas the size of the explorer's bar canvas and one line of text. Each input takes
 * softmax(logit / T) over `outcomes` Zipf-shaped logits with one exp each, its entropy, the
 * tallest bar of each pixel column, one fillRect per column, and the entropy as text; then the
 * browser paints the frame. No framework, no chart axes, no labels: what any page showing the
 * whole distribution must do per move. Returns each move's marks like the explorer's run.
 */
export async function floorFrame(
  outcomes: number,
  moves: number,
  widthPx: number,
  heightPx: number,
): Promise<number[]> {
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  root.replaceChildren();
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.min = '0';
  slider.max = '300';
  slider.setAttribute('aria-label', 'Temperature');
  const text = document.createElement('output');
  const canvas = document.createElement('canvas');
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(widthPx * dpr);
  canvas.height = Math.round(heightPx * dpr);
  canvas.style.width = `${widthPx}px`;
  canvas.style.height = `${heightPx}px`;
  canvas.style.display = 'block';
  root.append(slider, text, canvas);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');

  const logits = new Float64Array(outcomes);
  for (let i = 0; i < outcomes; i++) logits[i] = -Math.log(i + 1);
  const probs = new Float64Array(outcomes);
  const columns = Math.floor(widthPx);
  const tallest = new Float64Array(columns);

  slider.addEventListener('input', () => {
    const t = Math.max(0.01, Number(slider.value) / 100);
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < outcomes; i++) if (logits[i] > max) max = logits[i];
    let z = 0;
    let zx = 0;
    for (let i = 0; i < outcomes; i++) {
      const x = (logits[i] - max) / t;
      const w = Math.exp(x);
      probs[i] = w;
      z += w;
      zx += w * x;
    }
    for (let i = 0; i < outcomes; i++) probs[i] /= z;
    const bits = (Math.log(z) - zx / z) / Math.LN2;
    tallest.fill(0);
    for (let i = 0; i < outcomes; i++) {
      const c = Math.floor((i * columns) / outcomes);
      if (probs[i] > tallest[c]) tallest[c] = probs[i];
    }
    let top = 0;
    for (let c = 0; c < columns; c++) top = Math.max(top, tallest[c]);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, widthPx, heightPx);
    ctx.fillStyle = '#2f5f9e';
    for (let c = 0; c < columns; c++) {
      const h = (tallest[c] / top) * heightPx;
      if (h > 0) ctx.fillRect(c, heightPx - h, 1, h);
    }
    text.textContent = `Entropy ${bits.toFixed(2)} bits`;
  });

  const frames: number[] = [];
  for (let i = 0; i < moves; i++) {
    const value = String(20 + ((i * 7) % 260));
    frames.push(await measureFrameWork(() => dragTo(slider, value)));
  }
  return frames;
}
