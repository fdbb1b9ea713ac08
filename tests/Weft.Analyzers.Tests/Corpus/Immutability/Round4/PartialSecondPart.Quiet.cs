// Quiet twin of PartialSecondPart: the second part's field is readonly (an `init` accessor may assign it), and the
// headers are an ImmutableDictionary.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.PartialSecondPartQuiet;

[ThreadLocalSlot]
public sealed partial class GatewayConfig
{
    public string Name { get; init; } = "";
}

public sealed partial class GatewayConfig
{
    private readonly int _port;

    public int Port
    {
        get => _port;
        init => _port = value;
    }

    public ImmutableDictionary<string, string> Headers { get; init; } = ImmutableDictionary<string, string>.Empty;
}
