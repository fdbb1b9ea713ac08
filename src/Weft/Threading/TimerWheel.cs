using System;
using System.Diagnostics;

namespace Weft.Threading;

/// <summary>A doubly linked list of timers sharing a wheel slot; FIFO so equal deadlines fire in arming order.</summary>
internal sealed class TimerBucket
{
    public DispatcherTimer? Head;
    public DispatcherTimer? Tail;

    public bool IsEmpty => Head is null;

    public void Append(DispatcherTimer timer)
    {
        Debug.Assert(timer.Bucket is null, "timer must be unlinked");
        timer.Bucket = this;
        timer.Next = null;
        timer.Previous = Tail;
        if (Tail is null)
        {
            Head = timer;
        }
        else
        {
            Tail.Next = timer;
        }

        Tail = timer;
    }

    public void Remove(DispatcherTimer timer)
    {
        Debug.Assert(ReferenceEquals(timer.Bucket, this), "timer must be in this bucket");
        if (timer.Previous is null)
        {
            Head = timer.Next;
        }
        else
        {
            timer.Previous.Next = timer.Next;
        }

        if (timer.Next is null)
        {
            Tail = timer.Previous;
        }
        else
        {
            timer.Next.Previous = timer.Previous;
        }

        timer.Previous = timer.Next = null;
        timer.Bucket = null;
    }
}

/// <summary>
/// A hierarchical hashed timing wheel: three levels of 256 slots (1 ms, 256 ms and 65.5 s per slot) and an overflow
/// list for deadlines past 4.6 hours. Arm and cancel are O(1); expiring costs O(1) per elapsed tick plus the timers
/// that fire, and a timer moves down a level at most three times in its life. Used by one loop thread only.
/// </summary>
internal sealed class TimerWheel
{
    private const int SlotBits = 8;
    private const int SlotCount = 1 << SlotBits;
    private const long SlotMask = SlotCount - 1;
    private const long Level1Span = 1L << SlotBits;
    private const long Level2Span = 1L << (2 * SlotBits);
    private const long WheelSpan = 1L << (3 * SlotBits);

    private readonly TimerBucket[][] _levels;
    private readonly TimerBucket _overflow = new();
    private int _levelZeroCount;
    private bool _firing;
    private int _count;

    // The last tick whose level-0 slot has fired.
    private long _currentTick;

    public TimerWheel(long startTick)
    {
        _currentTick = startTick;
        _levels = new TimerBucket[3][];
        for (int level = 0; level < _levels.Length; level++)
        {
            _levels[level] = new TimerBucket[SlotCount];
            for (int slot = 0; slot < SlotCount; slot++)
            {
                _levels[level][slot] = new TimerBucket();
            }
        }
    }

    /// <summary>Armed timers.</summary>
    public int Count => _count;

    /// <summary>The loop's cached "now", in wheel ticks (milliseconds).</summary>
    public long NowTick { get; set; }

    public void Schedule(DispatcherTimer timer, TimeSpan delay)
    {
        if (timer.Bucket is not null)
        {
            Cancel(timer);
        }

        // Whole milliseconds, rounded up, in integer arithmetic: this is the hot path of every arm.
        long delayTicks = (Math.Min(delay.Ticks, long.MaxValue / 4) + (TimeSpan.TicksPerMillisecond - 1)) / TimeSpan.TicksPerMillisecond;
        // Never into the slot being fired: a zero delay waits for the next tick, so a timer re-armed from its own
        // callback cannot spin within one iteration.
        long earliest = _firing ? Math.Max(_currentTick, NowTick) + 1 : _currentTick + 1;
        timer.DueTick = Math.Max(NowTick + delayTicks, earliest);
        Insert(timer);
        _count++;
    }

    public void Cancel(DispatcherTimer timer)
    {
        TimerBucket? bucket = timer.Bucket;
        if (bucket is null)
        {
            return;
        }

        if (timer.WheelLevel == 0)
        {
            _levelZeroCount--;
        }

        bucket.Remove(timer);
        _count--;
    }

    /// <summary>Fires every timer due at or before <paramref name="nowTick"/>, in deadline order. Returns how many fired.</summary>
    public int Advance(long nowTick, Action<DispatcherTimer> fire)
    {
        NowTick = nowTick;
        int fired = 0;
        if (_count == 0)
        {
            _currentTick = Math.Max(_currentTick, nowTick);
            return 0;
        }

        _firing = true;
        try
        {
            fired = AdvanceTo(nowTick, fire);
        }
        finally
        {
            _firing = false;
        }

        return fired;
    }

    private int AdvanceTo(long nowTick, Action<DispatcherTimer> fire)
    {
        int fired = 0;
        while (_currentTick < nowTick)
        {
            long tick = _currentTick + 1;
            _currentTick = tick;
            if ((tick & (WheelSpan - 1)) == 0)
            {
                CascadeBucket(_overflow);
            }

            if ((tick & (Level2Span - 1)) == 0)
            {
                CascadeBucket(_levels[2][(tick >> (2 * SlotBits)) & SlotMask]);
            }

            if ((tick & (Level1Span - 1)) == 0)
            {
                CascadeBucket(_levels[1][(tick >> SlotBits) & SlotMask]);
            }

            TimerBucket due = _levels[0][tick & SlotMask];
            while (due.Head is DispatcherTimer timer)
            {
                due.Remove(timer);
                _levelZeroCount--;
                _count--;
                fired++;
                fire(timer);
            }

            if (_count == 0)
            {
                _currentTick = Math.Max(_currentTick, nowTick);
                break;
            }
        }

        return fired;
    }

    /// <summary>
    /// Milliseconds the loop may sleep before the wheel needs it: to the first armed level-0 slot, or to the next
    /// cascade when only longer timers are armed; -1 (infinite) when none is armed.
    /// </summary>
    public long MillisecondsUntilNextWork(long nowTick)
    {
        if (_count == 0)
        {
            return -1;
        }

        if (_currentTick < nowTick)
        {
            return 0;
        }

        if (_levelZeroCount > 0)
        {
            TimerBucket[] levelZero = _levels[0];
            for (long tick = _currentTick + 1; tick <= _currentTick + SlotCount; tick++)
            {
                if (!levelZero[tick & SlotMask].IsEmpty)
                {
                    return Math.Max(0, tick - nowTick);
                }
            }
        }

        long nextCascade = (_currentTick | SlotMask) + 1;
        return Math.Max(0, nextCascade - nowTick);
    }

    private void Insert(DispatcherTimer timer)
    {
        long due = timer.DueTick;
        long distance = due - _currentTick;
        if (distance < Level1Span)
        {
            _levels[0][due & SlotMask].Append(timer);
            timer.WheelLevel = 0;
            _levelZeroCount++;
        }
        else if (distance < Level2Span)
        {
            _levels[1][(due >> SlotBits) & SlotMask].Append(timer);
            timer.WheelLevel = 1;
        }
        else if (distance < WheelSpan)
        {
            _levels[2][(due >> (2 * SlotBits)) & SlotMask].Append(timer);
            timer.WheelLevel = 2;
        }
        else
        {
            _overflow.Append(timer);
            timer.WheelLevel = 3;
        }
    }

    private void CascadeBucket(TimerBucket bucket)
    {
        // Runs with _currentTick already on the tick being processed: what is due now lands in the level-0 slot
        // fired right after, everything else at most 255 ticks out, so one level down.
        while (bucket.Head is DispatcherTimer timer)
        {
            bucket.Remove(timer);
            Insert(timer);
        }
    }
}
