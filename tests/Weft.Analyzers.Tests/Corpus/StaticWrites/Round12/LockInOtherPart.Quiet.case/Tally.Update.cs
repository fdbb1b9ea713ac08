using System.Collections.Generic;
using Weft;

namespace Corpus.R12.LockInOtherPartQuiet;

public sealed partial class Tally
{
    [WorkerUpdate]
    public void Hit(string host)
    {
        using var scope = s_gate.EnterScope();
        s_byHost[host] = s_byHost.GetValueOrDefault(host) + 1;
    }
}
