// WEFT0006: a read-modify-write of a volatile *instance* field, outside any worker code. The page: "Anywhere: a
// read-modify-write of a `volatile` field" — it does not restrict this to static fields.
namespace Corpus.Round4.InstanceVolatileIncrement;

public sealed class ConnectionGauge
{
    volatile int _open;

    public int Open => _open;

    public void Opened() => _open++; // expect: WEFT0006

    public void Closed() => _open -= 1; // expect: WEFT0006
}
