// Quiet twin of DeferredDeleteInTimerCallback: the timer thread only posts; the posted callback runs on the loop that
// owns the dispatcher ([RunsOnOwningLoop]), where DeferredDelete belongs.
using System;
using System.Threading;
using Weft.Threading;

namespace Corpus.Round4.DeferredDeleteInTimerCallback;

public sealed class SessionReaper : IDisposable
{
    readonly Timer _timer;

    public SessionReaper(Dispatcher loop, IDisposable expiredSession)
    {
        _timer = new Timer(_ =>
        {
            loop.Post(() => loop.DeferredDelete(expiredSession));
        }, null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
    }

    public void Dispose() => _timer.Dispose();
}
