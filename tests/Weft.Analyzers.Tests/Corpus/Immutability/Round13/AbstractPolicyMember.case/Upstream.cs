using Weft;

namespace Corpus.Immutability.AbstractPolicyMember;

[ThreadLocalSlot]
public sealed partial class Upstream
{
    public string Host { get; init; } = "";

    public RetryPolicy Retry { get; init; } = new LearningPolicy(); // expect: WEFT0001
}
