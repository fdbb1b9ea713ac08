using System.Diagnostics;
using System.Threading;

namespace Weft.Internal;

/// <summary>
/// A bounded ring of cells with per-cell sequence numbers (Vyukov's bounded queue): producers claim a position with
/// one compare-and-swap, the consumer needs none. A segment can be frozen, after which no enqueue succeeds; that is
/// how the owning queue grows and how it closes without losing an item that was already admitted.
/// </summary>
internal sealed class RingSegment<T>
{
    private struct Cell
    {
        public long Sequence;
        public T Item;
    }

    private readonly Cell[] _cells;
    private readonly long _mask;
    private readonly long _freezeOffset;
    private PaddedLong _head;
    private PaddedLong _tail;

    // Producers of a single-consumer ring: positions below this are known free (the consumer's head, a lap on), so a
    // post need not read its cell before claiming it. Refreshed from the head once a lap; stale is only conservative.
    private PaddedLong _producerLimit;
    private long _frozenTail;
    private volatile bool _frozen;
    private RingSegment<T>? _next;

    public RingSegment(int capacity)
    {
        Debug.Assert(capacity >= 2 && (capacity & (capacity - 1)) == 0, "capacity must be a power of two");
        _cells = new Cell[capacity];
        for (int i = 0; i < _cells.Length; i++)
        {
            _cells[i].Sequence = i;
        }

        _mask = capacity - 1;
        _freezeOffset = 2L * capacity;
        _producerLimit.Value = capacity;
    }

    public int Capacity => _cells.Length;

    public RingSegment<T>? Next
    {
        get => Volatile.Read(ref _next);
        set => Volatile.Write(ref _next, value);
    }

    public bool IsFrozen => _frozen;

    /// <summary>Positions claimed by producers, whether or not their item is visible yet.</summary>
    public long ClaimedCount
    {
        get
        {
            if (_frozen)
            {
                return _frozenTail;
            }

            long tail = Volatile.Read(ref _tail.Value);
            // Between a freeze's add and its flag the tail carries the freeze offset; a live ring never holds more than
            // its capacity, so a larger distance is that offset: take it off, or the queue-depth gauge spikes by 2×capacity.
            return tail - Volatile.Read(ref _head.Value) > _cells.Length ? tail - _freezeOffset : tail;
        }
    }

    public long DequeuedCount => Volatile.Read(ref _head.Value);

    /// <summary>True while an admitted item has not been dequeued (it may still be being written).</summary>
    public bool HasUndequeued => ClaimedCount != Volatile.Read(ref _head.Value);

    public bool TryEnqueue(in T item)
    {
        Cell[] cells = _cells;
        while (true)
        {
            long position = Volatile.Read(ref _tail.Value);
            ref Cell cell = ref cells[position & _mask];
            long sequence = Volatile.Read(ref cell.Sequence);
            long difference = sequence - position;
            if (difference == 0)
            {
                if (Interlocked.CompareExchange(ref _tail.Value, position + 1, position) == position)
                {
                    ConcurrencyTestHooks.AfterCellClaimed?.Invoke();
                    cell.Item = item;
                    Volatile.Write(ref cell.Sequence, position + 1);
                    return true;
                }
            }
            else if (difference < 0)
            {
                // Full, or frozen: the freeze offset makes every cell look a lap behind.
                return false;
            }
        }
    }

    /// <summary>
    /// Enqueue into a ring that only <see cref="TryDequeueSingleConsumer"/>, <see cref="CountVisible"/> and
    /// <see cref="ReleaseRun"/> drain: a position below the cached limit is free without reading its cell, so the
    /// producer's first touch of the cell's line is the write (one transfer from the consumer's core, not a read and
    /// then an upgrade). Never mixed with <see cref="TryDequeueMultiConsumer"/> on one ring.
    /// </summary>
    public bool TryEnqueueForSingleConsumer(in T item)
    {
        while (true)
        {
            long position = Volatile.Read(ref _tail.Value);
            if (position >= Volatile.Read(ref _producerLimit.Value))
            {
                // A lap on from the consumer's head, or frozen (the freeze offset puts the tail two laps out).
                long limit = Volatile.Read(ref _head.Value) + _cells.Length;
                if (position >= limit)
                {
                    return false;
                }

                Volatile.Write(ref _producerLimit.Value, limit);
            }

            if (Interlocked.CompareExchange(ref _tail.Value, position + 1, position) == position)
            {
                ConcurrencyTestHooks.AfterCellClaimed?.Invoke();
                ref Cell cell = ref _cells[position & _mask];
                cell.Item = item;
                Volatile.Write(ref cell.Sequence, position + 1);
                return true;
            }
        }
    }

    /// <summary>Dequeue for the one consumer thread: no atomic read-modify-write.</summary>
    public bool TryDequeueSingleConsumer(out T item)
    {
        long position = _head.Value;
        ref Cell cell = ref _cells[position & _mask];
        if (Volatile.Read(ref cell.Sequence) == position + 1)
        {
            item = cell.Item;
            cell.Item = default!;
            Volatile.Write(ref cell.Sequence, position + _cells.Length);
            Volatile.Write(ref _head.Value, position + 1);
            return true;
        }

        item = default!;
        return false;
    }

    /// <summary>
    /// Consumer only: how many items from the head on are visible, up to <paramref name="max"/>. They stay in their
    /// cells (read them with <see cref="ItemAt"/>) until <see cref="ReleaseRun"/> frees the cells and moves the head once.
    /// </summary>
    public int CountVisible(int max)
    {
        Cell[] cells = _cells;
        long position = _head.Value;
        int count = 0;
        while (count < max && Volatile.Read(ref cells[(position + count) & _mask].Sequence) == position + count + 1)
        {
            count++;
        }

        return count;
    }

    /// <summary>Consumer only: the item <paramref name="offset"/> places after the head, counted visible by <see cref="CountVisible"/>.</summary>
    public ref T ItemAt(int offset) => ref _cells[(_head.Value + offset) & _mask].Item;

    /// <summary>Consumer only: frees the first <paramref name="count"/> cells (counted visible) for producers.</summary>
    public void ReleaseRun(int count)
    {
        Cell[] cells = _cells;
        long position = _head.Value;
        for (int i = 0; i < count; i++)
        {
            ref Cell cell = ref cells[(position + i) & _mask];
            cell.Item = default!;
            Volatile.Write(ref cell.Sequence, position + i + cells.Length);
        }

        Volatile.Write(ref _head.Value, position + count);
    }

    /// <summary>Consumer only: true when the next item is visible. Reads only the cell the producer writes anyway.</summary>
    public bool HasVisibleItem
    {
        get
        {
            long position = _head.Value;
            return Volatile.Read(ref _cells[position & _mask].Sequence) == position + 1;
        }
    }

    /// <summary>Dequeue safe for many consumers (used by object pools, never by a dispatcher's queue).</summary>
    public bool TryDequeueMultiConsumer(out T item)
    {
        Cell[] cells = _cells;
        while (true)
        {
            long position = Volatile.Read(ref _head.Value);
            ref Cell cell = ref cells[position & _mask];
            long difference = Volatile.Read(ref cell.Sequence) - (position + 1);
            if (difference == 0)
            {
                if (Interlocked.CompareExchange(ref _head.Value, position + 1, position) == position)
                {
                    item = cell.Item;
                    cell.Item = default!;
                    Volatile.Write(ref cell.Sequence, position + cells.Length);
                    return true;
                }
            }
            else if (difference < 0)
            {
                item = default!;
                return false;
            }
        }
    }

    /// <summary>Stops further enqueues. Called by one thread at a time (the owner's grow lock).</summary>
    public void Freeze()
    {
        if (_frozen)
        {
            return;
        }

        CompleteFreeze(BeginFreeze());
    }

    /// <summary>First half of <see cref="Freeze"/>: stops enqueues; returns the positions claimed. (Tests observe the gap.)</summary>
    internal long BeginFreeze() => Interlocked.Add(ref _tail.Value, _freezeOffset) - _freezeOffset;

    internal void CompleteFreeze(long claimed)
    {
        _frozenTail = claimed;
        _frozen = true;
    }
}
