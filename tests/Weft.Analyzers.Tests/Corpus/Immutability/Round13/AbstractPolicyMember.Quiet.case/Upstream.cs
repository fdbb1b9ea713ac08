using Weft;

namespace Corpus.Immutability.AbstractPolicyMemberQuiet;

[ThreadLocalSlot]
public sealed partial class Upstream
{
    public string Host { get; init; } = "";

    public LinearPolicy Retry { get; init; } = new LinearPolicy(10);
}
