// Twin: a dispatcher timer on the loop reads the slot.
using System;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R8.SystemTimersElapsedLambdaQuiet;

public sealed class FlagWatcher
{
    public bool LastSeen;

    public DispatcherTimer Watch(Slot<string> flags)
    {
        var timer = Dispatcher.Current!.CreateTimer(() => LastSeen = flags.Get() == "on");
        timer.Enable(TimeSpan.FromSeconds(1));
        return timer;
    }
}
