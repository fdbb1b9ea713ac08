using System.Text;

namespace Weft.Generators;

/// <summary>Writes C# text line by line with managed indentation (cheaper than building syntax trees).</summary>
internal sealed class SourceWriter
{
    private const string Indent = "    ";
    private readonly StringBuilder _text = new();
    private int _depth;

    public SourceWriter Line(string line = "")
    {
        if (line.Length != 0)
        {
            for (int i = 0; i < _depth; i++)
            {
                _text.Append(Indent);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _depth++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
