using Weft.Threading;

namespace Corpus.CurrentOffPool.R9.InterfaceLoopMember;

public sealed class LoopClock : IClock
{
    public long LoopNow() => Dispatcher.Current is { } d ? d.Stats.GetHashCode() : throw new System.InvalidOperationException();
}
