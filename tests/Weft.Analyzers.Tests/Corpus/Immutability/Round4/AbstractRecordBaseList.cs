// A sealed snapshot record derives from an abstract record that holds a List<string> (init-only, but the list itself
// is mutable). WEFT0001 "Inherited members": a mutable collection inherited from the base is reported on the slot
// type's name, naming the inherited member.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.AbstractRecordBaseList;

public abstract record ListenerBase
{
    public List<string> Tags { get; init; } = new();
    public int Port { get; init; }
}

[ThreadLocalSlot]
public sealed partial record HttpListenerSettings : ListenerBase // expect: WEFT0001 "Tags"
{
    public bool Http2 { get; init; }
}
