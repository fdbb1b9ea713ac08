using System;
using System.Threading;

namespace Weft.Internal;

/// <summary>
/// An unbounded multi-producer, single-consumer queue made of <see cref="RingSegment{T}"/> rings. In steady state
/// (the consumer keeps up) the same ring is reused and nothing is allocated; a burst larger than the ring freezes it
/// and links a ring twice the size. <see cref="Close"/> admits nothing more but keeps every item admitted before it.
/// </summary>
internal sealed class MpscQueue<T>
{
    private const int MaxSegmentCapacity = 1 << 20;

    private readonly object _growLock = new();
    private RingSegment<T> _head;
    private RingSegment<T> _tail;
    private bool _closed;

    public MpscQueue(int initialCapacity = 1024)
    {
        if (initialCapacity < 2 || (initialCapacity & (initialCapacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(initialCapacity), initialCapacity, "Must be a power of two, at least 2.");
        }

        _head = _tail = new RingSegment<T>(initialCapacity);
    }

    public bool IsClosed => Volatile.Read(ref _closed);

    /// <summary>Enqueues unless the queue is closed. The claim is a full fence: a read after it sees the consumer's parked flag.</summary>
    public bool TryEnqueue(in T item)
    {
        while (true)
        {
            RingSegment<T> tail = Volatile.Read(ref _tail);
            if (tail.TryEnqueueForSingleConsumer(item))
            {
                return true;
            }

            lock (_growLock)
            {
                if (_closed)
                {
                    return false;
                }

                if (ReferenceEquals(tail, _tail))
                {
                    tail.Freeze();
                    var next = new RingSegment<T>(Math.Min(tail.Capacity * 2, MaxSegmentCapacity));
                    tail.Next = next;
                    Volatile.Write(ref _tail, next);
                }
            }
        }
    }

    /// <summary>Consumer only. False when nothing is visible yet (an item may still be being written: see <see cref="HasPending"/>).</summary>
    public bool TryDequeue(out T item)
    {
        while (true)
        {
            RingSegment<T> head = _head;
            if (head.TryDequeueSingleConsumer(out item))
            {
                return true;
            }

            if (!head.IsFrozen || head.HasUndequeued)
            {
                return false;
            }

            RingSegment<T>? next = head.Next;
            if (next is null)
            {
                return false;
            }

            _head = next;
        }
    }

    /// <summary>
    /// Consumer only: the ring holding the next run of visible items and the run's length (at most
    /// <paramref name="max"/>), or null when nothing is visible. The items stay in place for the consumer to run;
    /// it then calls <see cref="RingSegment{T}.ReleaseRun"/> on that ring.
    /// </summary>
    public RingSegment<T>? NextVisibleRun(int max, out int count)
    {
        while (true)
        {
            RingSegment<T> head = _head;
            count = head.CountVisible(max);
            if (count != 0)
            {
                return head;
            }

            if (!head.IsFrozen || head.HasUndequeued)
            {
                return null;
            }

            RingSegment<T>? next = head.Next;
            if (next is null)
            {
                return null;
            }

            _head = next;
        }
    }

    /// <summary>Consumer only: true when an item was admitted and not yet dequeued, visible or still being written.</summary>
    public bool HasPending
    {
        get
        {
            RingSegment<T> head = _head;
            return head.HasUndequeued || !ReferenceEquals(Volatile.Read(ref _tail), head);
        }
    }

    /// <summary>
    /// Consumer only, for polling while spinning: true when the head ring's next item is visible, or the ring was
    /// replaced. Unlike <see cref="HasPending"/> it leaves the producers' tail counter alone.
    /// </summary>
    public bool HasVisibleWork
    {
        get
        {
            RingSegment<T> head = _head;
            return head.HasVisibleItem || head.IsFrozen;
        }
    }

    /// <summary>Approximate number of queued items; safe to read from any thread.</summary>
    public long Count
    {
        get
        {
            long count = 0;
            for (RingSegment<T>? segment = Volatile.Read(ref _head); segment is not null; segment = segment.Next)
            {
                count += Math.Max(0, segment.ClaimedCount - segment.DequeuedCount);
            }

            return count;
        }
    }

    /// <summary>Refuses every later enqueue. Items admitted before remain for the consumer.</summary>
    public void Close()
    {
        lock (_growLock)
        {
            if (_closed)
            {
                return;
            }

            Volatile.Write(ref _closed, true);
            _tail.Freeze();
        }
    }

    /// <summary>Consumer only: waits out items whose producer claimed a cell but has not finished writing it.</summary>
    public bool TryDequeueWaitingForWriters(out T item)
    {
        var spinner = new SpinWait();
        while (true)
        {
            if (TryDequeue(out item))
            {
                return true;
            }

            if (!HasPending)
            {
                return false;
            }

            spinner.SpinOnce();
        }
    }
}
