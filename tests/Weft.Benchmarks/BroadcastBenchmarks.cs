using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Slots;

namespace Weft.Benchmarks;

/// <summary>
/// Goal: publishing to every worker and waiting for all (<c>RunOnAllThreadsAsync</c>, through main) at a p50 round
/// trip no worse than the baseline of performance.md: a queue per worker thread plus a <c>CountdownEvent</c>.
/// </summary>
[MemoryDiagnoser]
public class BroadcastBenchmarks
{
    private WorkerPool _pool = null!;
    private Slot<Counter> _slot = null!;
    private BaselineWorkers _baseline = null!;
    private Action<Counter> _touch = null!;

    [Params(2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = Workers });
        _slot = _pool.AllocateSlot<Counter>();
        _slot.SetAsync(static _ => new Counter()).GetAwaiter().GetResult();
        _touch = static c => c.Value++;
        _baseline = new BaselineWorkers(Workers);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pool.Dispose();
        _baseline.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void QueuePerWorkerAndCountdownEvent() => _baseline.Broadcast();

    [Benchmark]
    public void SlotRunOnAllThreadsAsync() => _slot.RunOnAllThreadsAsync(_touch).GetAwaiter().GetResult();

    public sealed class Counter
    {
        public long Value;
    }

    /// <summary>The baseline: one thread per worker draining its own queue, a countdown the caller waits on.</summary>
    internal sealed class BaselineWorkers : IDisposable
    {
        private readonly (ConcurrentQueue<Action> Queue, SemaphoreSlim Signal)[] _workers;
        private readonly Thread[] _threads;
        private readonly CountdownEvent _countdown;
        private readonly Action _work;
        private volatile bool _stop;

        public BaselineWorkers(int count)
        {
            _countdown = new CountdownEvent(count);
            _work = () => _countdown.Signal();
            _workers = Enumerable.Range(0, count).Select(_ => (new ConcurrentQueue<Action>(), new SemaphoreSlim(0))).ToArray();
            _threads = _workers.Select(w => new Thread(() => Drain(w)) { IsBackground = true }).ToArray();
            foreach (Thread thread in _threads)
            {
                thread.Start();
            }
        }

        public void Broadcast()
        {
            _countdown.Reset();
            foreach (var (queue, signal) in _workers)
            {
                queue.Enqueue(_work);
                signal.Release();
            }

            _countdown.Wait();
        }

        public void Dispose()
        {
            _stop = true;
            foreach (var (_, signal) in _workers)
            {
                signal.Release();
            }

            foreach (Thread thread in _threads)
            {
                thread.Join();
            }
        }

        private void Drain((ConcurrentQueue<Action> Queue, SemaphoreSlim Signal) worker)
        {
            while (true)
            {
                worker.Signal.Wait();
                if (_stop)
                {
                    return;
                }

                while (worker.Queue.TryDequeue(out Action? action))
                {
                    action();
                }
            }
        }
    }
}
