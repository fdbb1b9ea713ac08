// WEFT0005: a System.Threading.Timer callback runs on a timer thread; Dispatcher.DeferredDelete is
// [RequiresLoopThread]. The message names DeferredDelete.
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
            loop.DeferredDelete(expiredSession); // expect: WEFT0005 "DeferredDelete"
        }, null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
    }

    public void Dispose() => _timer.Dispose();
}
