namespace Weft.Threading;

/// <summary>
/// How a loop with nothing to do waits and how another thread wakes it. The loop calls <see cref="Prepare"/> before
/// it publishes that it is parked, then re-checks its queue, then <see cref="Park"/>; a producer that saw the parked
/// flag calls <see cref="Wake"/>, at most once per <see cref="Prepare"/> (the loop may still skip the wait when its
/// re-check finds work; that wake is then forgotten by the next <see cref="Prepare"/>). The default is <see cref="EventDispatcherWaiter"/>; an
/// <c>epoll</c> backend or a simulation implements the same three calls.
/// </summary>
internal interface IDispatcherWaiter
{
    /// <summary>Loop thread: forget any earlier wake, before the loop publishes that it is about to park.</summary>
    void Prepare();

    /// <summary>Loop thread: waits until <see cref="Wake"/> or the timeout (milliseconds, -1 for none); true when woken.</summary>
    bool Park(int timeoutMilliseconds);

    /// <summary>Any thread: ends the current or the next <see cref="Park"/>.</summary>
    void Wake();
}

/// <summary>The production waiter: one <see cref="System.Threading.ManualResetEventSlim"/> that spins briefly before blocking.</summary>
internal sealed class EventDispatcherWaiter : IDispatcherWaiter
{
    private readonly System.Threading.ManualResetEventSlim _event = new(false, spinCount: 35);

    public void Prepare() => _event.Reset();

    public bool Park(int timeoutMilliseconds) => _event.Wait(timeoutMilliseconds);

    public void Wake() => _event.Set();
}
