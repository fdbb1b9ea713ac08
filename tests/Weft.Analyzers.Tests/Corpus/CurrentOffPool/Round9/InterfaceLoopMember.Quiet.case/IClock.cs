// WEFT0005 across files: an interface member marked [RequiresLoopThread] (this file), implemented in LoopClock.cs, and
// called through the interface in Scheduler.cs after an await configured not to resume on the loop.
using Weft;

namespace Corpus.CurrentOffPool.R9.InterfaceLoopMember;

public interface IClock
{
    [RequiresLoopThread]
    long LoopNow();
}
