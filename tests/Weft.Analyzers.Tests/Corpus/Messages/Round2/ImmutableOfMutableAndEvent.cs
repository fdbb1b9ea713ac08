// Round 2. An immutable dictionary whose values are mutable lists, and an event: both reported, each message naming
// the member and (for the collection) the mutable element type.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Messages.Round2.ImmutableOfMutable;

[ThreadLocalSlot]
public sealed partial class Placement
{
    public ImmutableDictionary<string, List<string>> HostsByZone { get; init; } = ImmutableDictionary<string, List<string>>.Empty; // expect: WEFT0001 "property 'HostsByZone'" "List<string>"

    public event Action? Changed; // expect: WEFT0001 "'Changed'"

    public void Touch() => Changed?.Invoke();
}
