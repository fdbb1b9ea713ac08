// WEFT0005: a System.Timers.Timer's Elapsed handler reads Slot<T>.Get().
using System.Timers;
using Weft.Slots;

namespace Corpus.CurrentOffPool.R8.SystemTimersElapsedLambda;

public sealed class FlagWatcher
{
    public bool LastSeen;

    public Timer Watch(Slot<string> flags)
    {
        var timer = new Timer(1000);
        timer.Elapsed += (_, _) => LastSeen = flags.Get() == "on"; // expect: WEFT0005
        timer.Start();
        return timer;
    }
}
