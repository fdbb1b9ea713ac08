// A project of several files: the snapshot holds a retry policy typed by an abstract base class declared here; any
// derived class (one in this file keeps a mutable list) may be the object behind the member. The page reports "an
// unsealed type" as a member type: reported on the snapshot's member, in the other file.
using System.Collections.Generic;

namespace Corpus.Immutability.AbstractPolicyMember;

public abstract class RetryPolicy
{
    public abstract int NextDelay(int attempt);
}

public sealed class LearningPolicy : RetryPolicy
{
    private readonly List<int> _observed = new();

    public override int NextDelay(int attempt)
    {
        _observed.Add(attempt);
        return attempt * 10;
    }
}
