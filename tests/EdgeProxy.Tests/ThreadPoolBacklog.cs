using System;
using System.Diagnostics;
using System.Threading;

namespace EdgeProxy.Tests;

/// <summary>
/// Keeps the process's thread pool busy: a fixed number of CPU-bound work items, each spinning for about a millisecond
/// and then queueing itself again at the back of the global queue. Anything else queued to the pool (socket
/// completions included) waits behind the whole backlog, as it does in a process whose pool is overloaded; timers
/// are not delayed the same way, because .NET runs them from the pool's high-priority queue.
/// </summary>
internal sealed class ThreadPoolBacklog : IDisposable
{
    private readonly Item[] _items;
    private volatile bool _stopped;

    public ThreadPoolBacklog(int depth, TimeSpan spinPerItem)
    {
        long spinTicks = (long)(spinPerItem.TotalSeconds * Stopwatch.Frequency);
        _items = new Item[depth];
        for (int i = 0; i < depth; i++)
        {
            _items[i] = new Item(this, spinTicks);
            ThreadPool.UnsafeQueueUserWorkItem(_items[i], preferLocal: false);
        }
    }

    public void Dispose() => _stopped = true;

    private sealed class Item(ThreadPoolBacklog owner, long spinTicks) : IThreadPoolWorkItem
    {
        public void Execute()
        {
            if (owner._stopped)
            {
                return;
            }

            long start = Stopwatch.GetTimestamp();
            while (Stopwatch.GetTimestamp() - start < spinTicks)
            {
                Thread.SpinWait(20);
            }

            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }
}
