// The quiet twin: the policy type is sealed and holds only an int, so the member can only ever hold an immutable
// object.
namespace Corpus.Immutability.AbstractPolicyMemberQuiet;

public sealed class LinearPolicy
{
    public LinearPolicy(int step) => Step = step;

    public int Step { get; }

    public int NextDelay(int attempt) => attempt * Step;
}
