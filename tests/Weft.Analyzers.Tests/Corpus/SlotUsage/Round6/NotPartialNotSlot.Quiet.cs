// Quiet twin of NotPartialNotSlot: a look-alike user attribute on a non-partial class is not a slot attribute.
using System;

namespace Corpus6a.NotPartialNotSlot;

[AttributeUsage(AttributeTargets.Class)]
public sealed class ThreadLocalSlotAttribute : Attribute { }

// Binds to the user's own attribute in this namespace, not Weft's: no slot, no rule.
[ThreadLocalSlot]
public sealed class LooksLikeASlot { }
