// WEFT0100 on the slot type only: a sibling type with another attribute whose name merely ends like the slot
// attribute (`MyThreadLocalSlotAttribute`, user-defined) is not a slot type and must not be reported.
using System;
using Weft;

namespace Corpus6a.NotPartialNotSlot;

[AttributeUsage(AttributeTargets.Class)]
public sealed class MyThreadLocalSlotAttribute : Attribute { }

[MyThreadLocalSlot]
public sealed class LooksLikeASlot { }

[ThreadLocalSlot]
public sealed class RealSlot { } // expect: WEFT0100 "RealSlot"
