// Twin: the timer is created by a callback posted to that loop (it runs there).
using System;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R8.CreateTimerInsideTaskRunQuiet;

public static class Backoff
{
    public static void Arm(Action retry)
    {
        var loop = Dispatcher.Current!;
        loop.Post(() =>
        {
            var timer = loop.CreateTimer(retry);
            timer.Enable(TimeSpan.FromMilliseconds(100));
        });
    }
}
