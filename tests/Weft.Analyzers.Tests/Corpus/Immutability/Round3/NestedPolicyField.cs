// Round 3. The mutable part is a class nested inside the slot type, reached through an init-only property.
using Weft;

namespace Corpus.Immutability.Round3.NestedPolicyField;

[ThreadLocalSlot]
public sealed partial class RetryTable
{
    public Policy Default { get; init; } = new(); // expect: WEFT0001 "Default"

    public sealed class Policy
    {
        public int MaxAttempts = 3;
    }
}
