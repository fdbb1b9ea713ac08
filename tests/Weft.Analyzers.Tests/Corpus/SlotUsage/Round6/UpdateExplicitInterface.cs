// WEFT0106: [WorkerUpdate] on an explicit interface implementation in a snapshot slot type.
using Weft;

namespace Corpus6a.UpdateExplicitInterface;

public interface IResettable
{
    void Reset();
}

[ThreadLocalSlot]
public sealed partial class Routes : IResettable
{
    public int Version { get; init; }

    [WorkerUpdate] void IResettable.Reset() { } // expect: WEFT0106, WEFT0108 "Reset"
}
