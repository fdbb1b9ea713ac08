// WEFT0001: a WeakReference<string> member. It is sealed and has no property setter, but SetTarget changes which
// object it holds, so it is not deeply immutable ("a member whose own type is not deeply immutable").
using System;
using Weft;

namespace Corpus6a.WeakReferenceMember;

[ThreadLocalSlot]
public sealed partial class Cache
{
    public WeakReference<string> Last { get; init; } = new("none"); // expect: WEFT0001 "Last"
}
