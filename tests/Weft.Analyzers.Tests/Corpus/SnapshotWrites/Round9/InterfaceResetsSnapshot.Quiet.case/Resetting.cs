namespace Corpus.SnapshotWrites.R9.InterfaceResetsSnapshot;

public interface IResetter
{
    void Reset(Counters counters);
}

public sealed class ZeroResetter : IResetter
{
    public void Reset(Counters counters)
    {
        counters.Hits = 0;
        counters.Misses = 0;
    }
}
