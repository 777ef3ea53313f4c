// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { BarRecording } from '../../src/views/chart/barRecording';
import type { BarWorkerMessage } from '../../src/worker/barWorkerMessages';
import { workerBarSurfaces } from '../../src/worker/workerBarSurfaces';

/** A stand-in worker that keeps what it is sent; `fail()` fires its error event. */
function fakeWorker() {
  const sent: { message: BarWorkerMessage; transfer: Transferable[] }[] = [];
  const worker = {
    onerror: null as ((event: { preventDefault(): void }) => void) | null,
    terminated: false,
    postMessage(message: BarWorkerMessage, transfer: Transferable[] = []) {
      sent.push({ message, transfer });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  const fail = () => worker.onerror?.({ preventDefault: () => {} });
  return { worker, sent, fail, start: () => worker as unknown as Worker };
}

/** A canvas whose control can be handed over once, as a browser's can. */
function transferableCanvas() {
  const canvas = document.createElement('canvas');
  const offscreen = { kind: 'offscreen' } as unknown as OffscreenCanvas;
  let handedOver = false;
  Object.assign(canvas, {
    transferControlToOffscreen: () => {
      if (handedOver) throw new DOMException('already transferred', 'InvalidStateError');
      handedOver = true;
      return offscreen;
    },
  });
  return { canvas, offscreen };
}

const recording = (): BarRecording => ({ width: 2, height: 2, ops: Float32Array.from([1, 2]) });
const colours = { kept: 'blue', masked: 'grey', ghost: 'black', ghostWidth: 1, grid: 'grey' };

describe('workerBarSurfaces', () => {
  it('hands a canvas to one worker, which then receives every paint, its buffer moved', () => {
    const fake = fakeWorker();
    const start = vi.fn(fake.start);
    const surfaces = workerBarSurfaces(start);
    const first = transferableCanvas();
    const second = transferableCanvas();
    const a = surfaces.open(first.canvas, () => {});
    const b = surfaces.open(second.canvas, () => {});
    expect(start).toHaveBeenCalledTimes(1);
    expect(a.immediate).toBe(true);
    expect(fake.sent.map((s) => s.message.type)).toEqual(['adopt', 'adopt']);
    expect(fake.sent[0].transfer).toEqual([first.offscreen]);
    const painted = recording();
    a.paint(painted, colours);
    const last = fake.sent[fake.sent.length - 1];
    expect(last.message).toMatchObject({ type: 'paint', colours });
    expect(last.transfer).toEqual([painted.ops.buffer]);
    // Each canvas has its own id in the worker.
    const ids = fake.sent.filter((s) => s.message.type === 'adopt').map((s) => s.message.id);
    expect(new Set(ids).size).toBe(2);
    expect(b).not.toBe(a);
  });

  it('gives the same surface for the same canvas (a canvas is handed over only once)', () => {
    const fake = fakeWorker();
    const surfaces = workerBarSurfaces(fake.start);
    const { canvas } = transferableCanvas();
    expect(surfaces.open(canvas, () => {})).toBe(surfaces.open(canvas, () => {}));
    expect(fake.sent.filter((s) => s.message.type === 'adopt')).toHaveLength(1);
  });

  it('tells the worker to drop a released canvas, and opens it afresh if it comes back', () => {
    const fake = fakeWorker();
    const surfaces = workerBarSurfaces(fake.start);
    const { canvas } = transferableCanvas();
    const surface = surfaces.open(canvas, () => {});
    surface.release();
    expect(fake.sent[fake.sent.length - 1].message.type).toBe('drop');
    // Handed over already: this canvas can only be drawn on the page now.
    expect(surfaces.open(canvas, () => {}).immediate).toBe(false);
  });

  it('draws on the page where a canvas cannot be handed over or the worker cannot start', () => {
    const fake = fakeWorker();
    const plain = document.createElement('canvas'); // jsdom: no transferControlToOffscreen
    expect(workerBarSurfaces(fake.start).open(plain, () => {}).immediate).toBe(false);
    expect(fake.sent).toEqual([]);
    const refused = workerBarSurfaces(() => {
      throw new Error('workers are off');
    });
    expect(refused.open(transferableCanvas().canvas, () => {}).immediate).toBe(false);
  });

  it('when the worker fails, tells each chart it held to mount a new canvas, then draws on the page', () => {
    const fake = fakeWorker();
    const surfaces = workerBarSurfaces(fake.start);
    const lostA = vi.fn();
    const lostB = vi.fn();
    surfaces.open(transferableCanvas().canvas, lostA);
    surfaces.open(transferableCanvas().canvas, lostB).release();
    fake.fail();
    expect(lostA).toHaveBeenCalledTimes(1);
    expect(lostB).not.toHaveBeenCalled();
    expect(fake.worker.terminated).toBe(true);
    const again = surfaces.open(transferableCanvas().canvas, () => {});
    expect(again.immediate).toBe(false);
  });
});
