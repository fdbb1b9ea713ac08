using System.Collections.Generic;

namespace Corpus.WorkerState.BaseStartsOverrideOnPool;

public sealed class ListSweeper : Sweeper
{
    private readonly List<string> _expired;

    public ListSweeper(List<string> expired) => _expired = expired;

    protected override void Sweep() => _expired.Clear();
}
