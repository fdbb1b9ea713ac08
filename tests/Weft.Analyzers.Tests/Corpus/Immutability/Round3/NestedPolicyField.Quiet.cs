// Round 3. The nested class keeps its field readonly: deeply immutable.
using Weft;

namespace Corpus.Immutability.Round3.NestedPolicyField;

[ThreadLocalSlot]
public sealed partial class RetryTable
{
    public Policy Default { get; init; } = new();

    public sealed class Policy
    {
        public readonly int MaxAttempts = 3;
    }
}
