// WEFT0100 where the attribute is reached through a using alias (`Slot` = Weft.ThreadLocalSlotAttribute): the rule
// must bind the attribute, not match its written name.
using Slot = Weft.ThreadLocalSlotAttribute;

namespace Corpus6a.NotPartialAlias;

[Slot(Mode = Weft.SlotMode.PerWorker)]
public sealed class Counters // expect: WEFT0100 "Counters"
{
    public long Hits;
}
