// WEFT0001: a field-like event on a snapshot type ("an event").
using System;
using Weft;

namespace Corpus6a.EventMember;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public event Action<string>? Changed; // expect: WEFT0001 "Changed"

    public int Version { get; init; }
}
