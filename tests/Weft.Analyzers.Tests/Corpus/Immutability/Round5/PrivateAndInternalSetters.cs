// WEFT0001: setters hidden behind `private set`, `internal set`, and an explicit
// interface auto-property with a setter. Reading: any setter is "a settable property" — the type's own methods (or
// the assembly, or an interface cast) can still change the published instance on any thread.
using Weft;

namespace Corpus5a.PrivateAndInternalSetters;

public interface IPorted
{
    int Port { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Endpoint : IPorted
{
    public string Host { get; private set; } = ""; // expect: WEFT0001
    public int Weight { get; internal set; } // expect: WEFT0001
    int IPorted.Port { get; set; } // expect: WEFT0001

    public void Rename(string host) => Host = host;
}
