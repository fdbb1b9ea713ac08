using System;

namespace Weft.Threading;

/// <summary>
/// A hierarchical hashed timing wheel: three levels of 256 slots (1 ms, 256 ms and 65.5 s per slot), an overflow
/// list for deadlines past 4.6 hours, and a list of timers due at once (a zero delay). Arm and cancel are O(1).
/// Catching up with the clock walks level 0 tick by tick only while level 0 holds a timer; otherwise it jumps to the
/// next tick at which a non-empty level cascades (or, when only the overflow list holds timers, to the span of the
/// earliest one), so a loop that wakes after hours, or a hand clock stepped by days, costs a few cascades, not one
/// step per millisecond. A timer moves down a level at most three times, plus once per 4.6 hours in overflow. Used
/// by one loop thread only.
/// </summary>
/// <remarks>
/// An armed timer gets a small integer id; the bucket lists link ids in plain <see cref="int"/> arrays. Linking and
/// unlinking therefore store no object references, and pay no GC write barrier: arming writes one reference (the
/// timer into its id's cell), cancelling clears it. A timer cancelled within 256 ms of its deadline stays linked,
/// disarmed, until its slot passes, so cancel-and-re-arm costs a flag and, when nothing was armed behind it, nothing more.
/// A longer one (an idle or request timeout, disarmed and re-armed on every event) stays linked, disarmed, until the
/// loop's iteration ends (<see cref="ReleaseCancelled"/>), so a re-arm in the same iteration keeps its id and its cell:
/// at most an unlink and a relink, no reference store.
/// </remarks>
internal sealed class TimerWheel
{
    private const int None = -1;
    private const int SlotBits = 8;
    private const int SlotCount = 1 << SlotBits;
    private const long SlotMask = SlotCount - 1;
    private const long Level1Span = 1L << SlotBits;
    private const long Level2Span = 1L << (2 * SlotBits);
    private const long WheelSpan = 1L << (3 * SlotBits);
    private const int OverflowBucket = 3 * SlotCount;
    private const int OverflowLevel = 3;

    // Timers armed due at or before the loop's "now" (a zero delay): two lists. Arms go to the filling one; the loop's
    // iteration end (EndIteration) makes it the ready one, which the next Advance fires first, whether or not the clock
    // moved. So a zero delay fires on the next iteration, never in the one that armed it, and a timer re-armed with
    // zero from its own callback fires once per iteration instead of spinning.
    private const int DueNowBucketA = 4 * SlotCount;
    private const int DueNowLevel = 4;

    // Bucket (level, slot) is at level * SlotCount + slot; then the overflow list, then the two due-now lists, whose
    // level (bucket >> SlotBits) is DueNowLevel.
    private readonly int[] _bucketHead = new int[DueNowBucketA + 2];
    private readonly int[] _bucketTail = new int[DueNowBucketA + 2];

    // Linked timers (armed, or cancelled and not yet released) per level: level 0, 1, 2, overflow, due now.
    private readonly int[] _levelCount = new int[DueNowLevel + 1];

    private BucketLink[] _links = new BucketLink[64];
    private DispatcherTimer?[] _armed = new DispatcherTimer?[64];
    private int[] _freeIds = new int[64];

    // Ids of timers cancelled off level 0 and left linked for a re-arm in the same iteration, each at most once
    // (DispatcherTimer.ReleasePending); released by ReleaseCancelled.
    private int[] _cancelledIds = new int[16];
    private int _cancelledCount;
    private int _freeCount;
    private int _idsIssued;
    private int _dueNowFilling = DueNowBucketA;
    private int _dueNowReady = DueNowBucketA + 1;
    private int _linked;
    private bool _firing;

    // The last tick whose level-0 slot has fired.
    private long _currentTick;

    public TimerWheel(long startTick)
    {
        _currentTick = startTick;
        _bucketHead.AsSpan().Fill(None);
        _bucketTail.AsSpan().Fill(None);
    }

    private struct BucketLink
    {
        public int Previous;
        public int Next;
        public int Bucket;
    }

    /// <summary>
    /// Armed timers (not counting cancelled ones still linked). Walks the wheel's ids: for tests and diagnostics. No
    /// count is kept, so an arm or a cancel that only flips the flag writes nothing else.
    /// </summary>
    public int Count
    {
        get
        {
            int armed = 0;
            for (int id = 0; id < _idsIssued; id++)
            {
                if (_armed[id] is { Armed: true })
                {
                    armed++;
                }
            }

            return armed;
        }
    }

    /// <summary>Timers the wheel holds: armed ones and cancelled ones not yet released.</summary>
    public int LinkedCount => _linked;

    /// <summary>The loop's cached "now", in wheel ticks (milliseconds).</summary>
    public long NowTick { get; set; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Schedule(DispatcherTimer timer, TimeSpan delay)
    {
        // Whole milliseconds, rounded up, in integer arithmetic: this is the hot path of every arm.
        // Unsigned: the delay was checked non-negative, and unsigned division by a constant is the shorter sequence.
        long due = NowTick + (long)(((ulong)Math.Min(delay.Ticks, long.MaxValue / 4) + (TimeSpan.TicksPerMillisecond - 1)) / TimeSpan.TicksPerMillisecond);
        int id = timer.WheelId;
        // Re-armed to the deadline it is still linked for (cancelled lazily, or armed twice), and still last in that
        // bucket: it is exactly where a relink would put it (a linked timer's deadline is always past the current
        // tick outside a firing pass), so arming is a flag. The idle-timeout pattern: cancel and re-arm per event.
        if (id != None && due == timer.DueTick && !_firing && _bucketTail[timer.WheelBucket] == id && timer.WheelBucket != _dueNowReady)
        {
            timer.Armed = true;
            return;
        }

        ScheduleAt(timer, due);
    }

    private void ScheduleAt(DispatcherTimer timer, long due)
    {
        timer.DueTick = due;
        timer.Armed = true;

        int id = timer.WheelId;
        // Due now (a zero delay, or a deadline the wheel has already passed): the filling due-now list, fired by the next
        // iteration's Advance. Never into the slot being fired: a timer re-armed from its own callback cannot spin.
        int bucket = due <= Math.Max(_currentTick, NowTick) ? _dueNowFilling : BucketOf(due);
        timer.WheelBucket = bucket;
        if (id != None)
        {
            // Still linked (armed, or cancelled lazily): already last in the bucket of its new deadline, it stays
            // where it is, which is exactly where a relink would put it.
            if (_bucketTail[bucket] == id)
            {
                return;
            }

            Unlink(id);
        }
        else
        {
            id = TakeId();
            _armed[id] = timer;
            timer.WheelId = id;
            _linked++;
        }

        LinkInto(id, bucket);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Cancel(DispatcherTimer timer)
    {
        if (!timer.Armed)
        {
            return;
        }

        timer.Armed = false;
        // A deadline within the level-0 span stays linked, disarmed, until its slot passes (at most 256 ms later): a
        // cancel and re-arm, the idle-timeout pattern, then costs no unlink and relink. Longer ones stay linked until
        // the iteration ends, so a cancelled timer never keeps its callback's objects alive for long.
        if (timer.WheelBucket >= SlotCount && !timer.ReleasePending)
        {
            CancelBeyondLevelZero(timer);
        }
    }

    private void CancelBeyondLevelZero(DispatcherTimer timer)
    {
        // A firing pass moves and releases linked timers: what is cancelled during it leaves at once, so every timer
        // waiting in _cancelledIds keeps its id until ReleaseCancelled runs (first thing in Advance).
        if (_firing)
        {
            UnlinkAndRelease(timer);
            return;
        }

        timer.ReleasePending = true;
        if (_cancelledCount == _cancelledIds.Length)
        {
            Array.Resize(ref _cancelledIds, _cancelledCount * 2);
        }

        _cancelledIds[_cancelledCount++] = timer.WheelId;
    }

    /// <summary>
    /// The loop's iteration has ended: releases the timers cancelled beyond level 0 (<see cref="ReleaseCancelled"/>) and
    /// readies the timers armed due now during the iteration, for the next <see cref="Advance"/>.
    /// </summary>
    public void EndIteration()
    {
        if (_cancelledCount != 0)
        {
            ReleaseCancelled();
        }

        // The ready list is empty once Advance has run; should an iteration end without one, the next Advance fires what
        // is ready now and the filling list waits one more iteration.
        if (_bucketHead[_dueNowReady] == None)
        {
            (_dueNowReady, _dueNowFilling) = (_dueNowFilling, _dueNowReady);
        }
    }

    /// <summary>
    /// Unlinks and releases the timers cancelled beyond level 0 since the last call and not re-armed since.
    /// <see cref="EndIteration"/> and <see cref="Advance"/> (before firing anything) call it.
    /// </summary>
    public void ReleaseCancelled()
    {
        for (int i = 0; i < _cancelledCount; i++)
        {
            DispatcherTimer timer = _armed[_cancelledIds[i]]!;
            System.Diagnostics.Debug.Assert(timer.ReleasePending && timer.WheelId == _cancelledIds[i], "a timer waiting for release kept its id");
            timer.ReleasePending = false;
            if (!timer.Armed)
            {
                UnlinkAndRelease(timer);
            }
        }

        _cancelledCount = 0;
    }

    /// <summary>
    /// The loop has exited: every timer it holds is disarmed and let go (it will never fire, and it no longer keeps its
    /// callback's objects alive through the wheel).
    /// </summary>
    public void DisarmAll()
    {
        for (int id = 0; id < _idsIssued; id++)
        {
            if (_armed[id] is { } timer)
            {
                timer.Armed = false;
                timer.ReleasePending = false;
                UnlinkAndRelease(timer);
            }
        }

        _cancelledCount = 0;
    }

    private void UnlinkAndRelease(DispatcherTimer timer)
    {
        int id = timer.WheelId;
        Unlink(id);
        Release(timer, id);
    }

    /// <summary>Fires every timer due at or before <paramref name="nowTick"/>, in deadline order. Returns how many fired.</summary>
    public int Advance(long nowTick, Action<DispatcherTimer> fire)
    {
        NowTick = nowTick;
        if (_cancelledCount != 0)
        {
            ReleaseCancelled();
        }

        if (_linked == 0)
        {
            _currentTick = Math.Max(_currentTick, nowTick);
            return 0;
        }

        _firing = true;
        try
        {
            int fired = _bucketHead[_dueNowReady] != None ? FireDueNow(fire) : 0;
            return fired + AdvanceTo(nowTick, fire);
        }
        finally
        {
            _firing = false;
        }
    }

    /// <summary>
    /// Milliseconds the loop may sleep before the wheel needs it: 0 when a timer is due now or the wheel is behind the
    /// clock with timers armed beyond level 0; else to the first armed level-0 slot, or to the next cascade that can
    /// move a timer when only longer timers are armed; -1 (infinite) when none is armed.
    /// </summary>
    public long MillisecondsUntilNextWork(long nowTick)
    {
        if (_linked == 0)
        {
            return -1;
        }

        if (_levelCount[DueNowLevel] != 0)
        {
            return 0;
        }

        // Beyond level 0 every linked timer is armed once the iteration's cancelled ones are released (the loop asks
        // after that); until then one still listed counts as armed, which can only wake the loop early.
        bool armedBeyondLevelZero = _linked > _levelCount[0];
        if (armedBeyondLevelZero && _currentTick < nowTick)
        {
            return 0;
        }

        long firstArmedTick = -1;
        if (_levelCount[0] > 0)
        {
            for (long tick = _currentTick + 1; tick <= _currentTick + SlotCount; tick++)
            {
                if (HasArmed(_bucketHead[tick & SlotMask]))
                {
                    firstArmedTick = tick;
                    break;
                }
            }
        }

        if (firstArmedTick < 0 && !armedBeyondLevelZero)
        {
            // Only cancelled timers left linked until their slot passes: nothing will fire.
            return -1;
        }

        if (_currentTick < nowTick)
        {
            return 0;
        }

        // A cascade before the first armed level-0 slot can bring down a timer due before it.
        long next = armedBeyondLevelZero ? NextCascadeTick() : long.MaxValue;
        if (firstArmedTick >= 0)
        {
            next = Math.Min(next, firstArmedTick);
        }

        return Math.Max(0, next - nowTick);
    }

    private int AdvanceTo(long nowTick, Action<DispatcherTimer> fire)
    {
        int fired = 0;
        while (_currentTick < nowTick)
        {
            if (_levelCount[0] == 0)
            {
                // Nothing can fire before a cascade brings a timer down to level 0: jump to the tick before it.
                long cascade = NextCascadeTick();
                if (cascade > nowTick)
                {
                    _currentTick = nowTick;
                    break;
                }

                _currentTick = cascade - 1;
            }

            long tick = _currentTick + 1;
            _currentTick = tick;
            if ((tick & (WheelSpan - 1)) == 0)
            {
                Cascade(OverflowBucket);
            }

            if ((tick & (Level2Span - 1)) == 0)
            {
                Cascade((int)((2 * SlotCount) + ((tick >> (2 * SlotBits)) & SlotMask)));
            }

            if ((tick & (Level1Span - 1)) == 0)
            {
                Cascade((int)(SlotCount + ((tick >> SlotBits) & SlotMask)));
            }

            int bucket = (int)(tick & SlotMask);
            int id;
            while ((id = _bucketHead[bucket]) != None)
            {
                DispatcherTimer timer = _armed[id]!;
                Unlink(id);
                Release(timer, id);
                if (timer.Armed)
                {
                    timer.Armed = false;
                    fired++;
                    fire(timer);
                }
            }

            if (_linked == 0)
            {
                _currentTick = Math.Max(_currentTick, nowTick);
                break;
            }
        }

        return fired;
    }

    /// <summary>
    /// The first tick after the current one at which a cascade can move a timer: the boundary of the next non-empty
    /// level-1 or level-2 slot, or the overflow boundary of the earliest overflow deadline (the one at which it comes
    /// within the wheel's span), whichever is first; <see cref="long.MaxValue"/> when no timer is beyond level 0.
    /// </summary>
    private long NextCascadeTick()
    {
        long next = long.MaxValue;
        if (_levelCount[1] != 0)
        {
            next = NextNonEmptySlotBoundary(SlotCount, SlotBits);
        }

        if (_levelCount[2] != 0)
        {
            next = Math.Min(next, NextNonEmptySlotBoundary(2 * SlotCount, 2 * SlotBits));
        }

        if (_levelCount[OverflowLevel] != 0)
        {
            long earliestDue = long.MaxValue;
            for (int id = _bucketHead[OverflowBucket]; id != None; id = _links[id].Next)
            {
                earliestDue = Math.Min(earliestDue, _armed[id]!.DueTick);
            }

            long nextOverflowBoundary = (_currentTick | (WheelSpan - 1)) + 1;
            next = Math.Min(next, Math.Max(nextOverflowBoundary, earliestDue & ~(WheelSpan - 1)));
        }

        return next;
    }

    private long NextNonEmptySlotBoundary(int firstBucket, int shift)
    {
        // A timer in this level is less than one turn of it away, so one turn from the next boundary finds its slot.
        long span = 1L << shift;
        long boundary = (_currentTick | (span - 1)) + 1;
        for (int turn = 0; turn < SlotCount; turn++, boundary += span)
        {
            if (_bucketHead[firstBucket + (int)((boundary >> shift) & SlotMask)] != None)
            {
                return boundary;
            }
        }

        return long.MaxValue;
    }

    private int FireDueNow(Action<DispatcherTimer> fire)
    {
        // Arms while these fire go to the filling list, for the next iteration.
        int bucket = _dueNowReady;
        int fired = 0;
        int id;
        while ((id = _bucketHead[bucket]) != None)
        {
            DispatcherTimer timer = _armed[id]!;
            Unlink(id);
            Release(timer, id);
            if (timer.Armed)
            {
                timer.Armed = false;
                fired++;
                fire(timer);
            }
        }

        return fired;
    }

    private void Cascade(int bucket)
    {
        // Runs with _currentTick already on the tick being processed: what is due now lands in the level-0 slot fired
        // right after, everything else at least one level down, except an overflow timer still more than the wheel's
        // span away, which goes back into overflow. The list is detached first, so that one is not met again.
        int id = _bucketHead[bucket];
        _bucketHead[bucket] = None;
        _bucketTail[bucket] = None;
        while (id != None)
        {
            int next = _links[id].Next;
            _levelCount[bucket >> SlotBits]--;
            DispatcherTimer timer = _armed[id]!;
            int lower = BucketOf(timer.DueTick);
            timer.WheelBucket = lower;
            LinkInto(id, lower);
            id = next;
        }
    }

    private bool HasArmed(int id)
    {
        for (; id != None; id = _links[id].Next)
        {
            if (_armed[id]!.Armed)
            {
                return true;
            }
        }

        return false;
    }

    private int BucketOf(long due)
    {
        long distance = due - _currentTick;
        if (distance < Level1Span)
        {
            return (int)(due & SlotMask);
        }

        if (distance < Level2Span)
        {
            return (int)(SlotCount + ((due >> SlotBits) & SlotMask));
        }

        if (distance < WheelSpan)
        {
            return (int)((2 * SlotCount) + ((due >> (2 * SlotBits)) & SlotMask));
        }

        return OverflowBucket;
    }

    private void LinkInto(int id, int bucket)
    {
        _levelCount[bucket >> SlotBits]++;

        // Appended at the tail: equal deadlines fire in arming order.
        ref BucketLink link = ref _links[id];
        link.Bucket = bucket;
        link.Next = None;
        int tail = _bucketTail[bucket];
        link.Previous = tail;
        if (tail == None)
        {
            _bucketHead[bucket] = id;
        }
        else
        {
            _links[tail].Next = id;
        }

        _bucketTail[bucket] = id;
    }

    private void Unlink(int id)
    {
        ref BucketLink link = ref _links[id];
        int bucket = link.Bucket;
        _levelCount[bucket >> SlotBits]--;

        if (link.Previous == None)
        {
            _bucketHead[bucket] = link.Next;
        }
        else
        {
            _links[link.Previous].Next = link.Next;
        }

        if (link.Next == None)
        {
            _bucketTail[bucket] = link.Previous;
        }
        else
        {
            _links[link.Next].Previous = link.Previous;
        }
    }

    private int TakeId()
    {
        if (_freeCount > 0)
        {
            return _freeIds[--_freeCount];
        }

        if (_idsIssued == _links.Length)
        {
            Array.Resize(ref _links, _links.Length * 2);
            Array.Resize(ref _armed, _armed.Length * 2);
            Array.Resize(ref _freeIds, _freeIds.Length * 2);
        }

        return _idsIssued++;
    }

    private void Release(DispatcherTimer timer, int id)
    {
        _armed[id] = null;
        timer.WheelId = None;
        _freeIds[_freeCount++] = id;
        _linked--;
    }
}
