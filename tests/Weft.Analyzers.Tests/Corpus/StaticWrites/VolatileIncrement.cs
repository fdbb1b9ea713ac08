// volatile makes each read and write atomic, not the increment.
namespace Corpus.StaticWrites.VolatileField;

public sealed class RequestGate
{
    private volatile int _inFlight;

    public bool TryEnter(int max)
    {
        if (_inFlight >= max)
        {
            return false;
        }

        _inFlight++; // expect: WEFT0006
        return true;
    }
}
