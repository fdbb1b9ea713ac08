// Quiet twin of PrivateAndInternalSetters: get-only and `init` properties (an `init` explicit interface property too),
// with a method that returns a renamed copy instead of changing the instance.
using Weft;

namespace Corpus5a.PrivateAndInternalSettersQuiet;

public interface IPorted
{
    int Port { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Endpoint : IPorted
{
    public Endpoint(string host) => Host = host;

    public string Host { get; }
    public int Weight { get; init; }
    int IPorted.Port { get; init; }

    public Endpoint Rename(string host) => new(host) { Weight = Weight };
}
