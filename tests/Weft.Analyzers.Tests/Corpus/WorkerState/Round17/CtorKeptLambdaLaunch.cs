// WEFT0004: a Trimmer keeps, in its constructor, a lambda over the set its caller passed, and its Launch method starts a
// Thread that runs it. Page: "A lambda an object keeps in a member of its own over what its caller passed (... a
// constructor's Trim = () => hits.Clear();) carries that to wherever it runs: another method of the object that runs it
// on a thread it starts ... is reported at the caller's call of that method (job.Launch())"; but "Worker state handed to
// a constructor that keeps it ... reported where it is handed" may also apply. #escape marks the two caller lines.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R17.WorkerState.CtorKeptLambdaLaunch;

public sealed class Trimmer
{
    private readonly Action _work;

    public Trimmer(HashSet<string> hits) => _work = () => hits.Clear();

    public void Launch() => new Thread(() => _work.Invoke()).Start();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class HitSet
{
    public HashSet<string> Hits { get; } = new();
}

public static class Maintenance
{
    public static void Run()
    {
        var trimmer = new Trimmer(HitSet.Current.Hits); // expect: WEFT0004 #escape
        trimmer.Launch(); // expect: WEFT0004 #escape
    }
}
