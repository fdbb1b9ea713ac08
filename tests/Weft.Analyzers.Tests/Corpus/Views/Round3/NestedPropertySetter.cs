// Round 3. A property setter of an object nested in the snapshot is called from worker code.
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
    public static void Escalate() => Policies.Current.Retry.Attempts++; // expect: WEFT0003
}
