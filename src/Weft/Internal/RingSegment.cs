using System.Diagnostics;
using System.Threading;

namespace Weft.Internal;

/// <summary>
/// A bounded ring of cells with per-cell sequence numbers (Vyukov's bounded queue): producers claim a position with
/// one compare-and-swap, consumers one more (the object pools and the holder pool's batches). A ring can be frozen,
/// after which no enqueue succeeds and every item admitted before stays. (A dispatcher's queue is a
/// <see cref="PostRing"/>: items of several positions, run in place.)
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
