// WEFT0005: Dispatcher.CreateTimer ([RequiresLoopThread]) called inside Task.Run on a dispatcher captured earlier.
using System;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R8.CreateTimerInsideTaskRun;

public static class Backoff
{
    public static Task ArmAsync(Action retry)
    {
        var loop = Dispatcher.Current!;
        return Task.Run(() =>
        {
            var timer = loop.CreateTimer(retry); // expect: WEFT0005
            timer.Enable(TimeSpan.FromMilliseconds(100));
        });
    }
}
