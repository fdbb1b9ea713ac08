// WEFT0001 where the snapshot mode is given through a constant declared in the slot type's container.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.ModeConstant;

public static partial class Config
{
    public const SlotMode Shared = SlotMode.Snapshot;

    [ThreadLocalSlot(Mode = Shared)]
    public sealed partial class Routes
    {
        public HashSet<string> Blocked { get; init; } = new(); // expect: WEFT0001 "Blocked"
    }
}
