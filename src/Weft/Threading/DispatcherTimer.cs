using System;

namespace Weft.Threading;

/// <summary>
/// A one-shot timer owned by a dispatcher's loop: created, armed, disarmed and fired on the loop thread only, so
/// arming and cancelling take no lock and cost O(1) (a hashed timing wheel with a 1 ms tick). Re-arm it from its own
/// callback for a repeating timer.
/// </summary>
public sealed class DispatcherTimer : IDisposable
{
    private readonly Dispatcher _dispatcher;
    private readonly Action _callback;

    // The timer's id in the wheel while linked (-1 otherwise; a cancelled timer may stay linked until its slot passes),
    // whether it is armed, and its deadline in wheel ticks.
    internal int WheelId = -1;
    internal bool Armed;
    internal long DueTick;

    // The wheel bucket it is linked in (meaningful while WheelId is not -1).
    internal int WheelBucket;

    // Cancelled beyond the wheel's first level and listed for release at the iteration's end (TimerWheel.EndIteration).
    internal bool ReleasePending;

    internal DispatcherTimer(Dispatcher dispatcher, Action callback)
    {
        _dispatcher = dispatcher;
        _callback = callback;
    }

    /// <summary>The dispatcher that owns the timer and runs its callback.</summary>
    public Dispatcher Dispatcher => _dispatcher;

    /// <summary>True while armed and not yet fired.</summary>
    public bool IsEnabled => Armed;

    /// <summary>
    /// Arms (or re-arms) the timer to fire once after <paramref name="delay"/>, rounded up to whole milliseconds and
    /// measured from the clock as the calling callback began arming timers: the loop reads the clock at the first arm
    /// in each callback (posted, timer, file event, deferred delete) and at each iteration's start, so a timer armed
    /// late in a busy iteration does not fire early. Further arms in the same callback reuse that reading. The loop's
    /// timers tick in whole milliseconds: a reading part-way through a millisecond counts from the next whole one, so a
    /// timer never fires before its reading plus its delay and, on a loop that is not busy, less than a millisecond
    /// after (on the first iteration once the clock passes that millisecond). A zero
    /// delay fires on the next iteration (never in the one that armed it, and whether or not the clock has moved), so a
    /// timer re-armed with zero from its own callback fires once per iteration. Timers due in the same millisecond fire
    /// in the order they were armed. Any delay is accepted: one beyond about 7,300 years is treated as 7,300 years, and
    /// an idle loop with only far timers armed wakes only when one of them moves closer (at most a few times per timer),
    /// not every few milliseconds. The loop's exit does not wait for timers: one still armed when it exits (also one
    /// armed by a callback the exit drains) never fires, and reads <see cref="IsEnabled"/> false from then on.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called off the dispatcher's thread.</exception>
    /// <exception cref="ObjectDisposedException">The dispatcher's loop has exited (the timer would never fire).</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Enable(TimeSpan delay)
    {
        if (delay < TimeSpan.Zero)
        {
            ThrowNegativeDelay(delay);
        }

        _dispatcher.ArmTimer(this, delay);
    }

    /// <summary>Disarms the timer; a no-op when it is not armed.</summary>
    /// <exception cref="InvalidOperationException">Called off the dispatcher's thread.</exception>
    public void Disable()
    {
        _dispatcher.VerifyAccess("disarm a timer");
        _dispatcher.Timers.Cancel(this);
    }

    /// <summary>Disarms the timer, as <see cref="Disable"/> does.</summary>
    /// <exception cref="InvalidOperationException">Called off the dispatcher's thread.</exception>
    public void Dispose() => Disable();

    internal void Fire() => _callback();

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNegativeDelay(TimeSpan delay) =>
        throw new ArgumentOutOfRangeException(nameof(delay), delay, "A timer delay cannot be negative.");
}
