// Round 3. The attempts are copied into a local int and the local incremented.
using Weft;

namespace Corpus.Views.Round3.NestedPropertySetter;

public sealed class Retry
{
    public int Attempts { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Policies
{
    public Retry Retry { get; init; } = new(); // expect: WEFT0001 "Retry"
}

public static class Backoff
{
    public static int Escalate()
    {
        int attempts = Policies.Current.Retry.Attempts;
        attempts++;
        return attempts;
    }
}
