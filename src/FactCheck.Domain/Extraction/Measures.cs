using System.Collections.Frozen;

namespace FactCheck.Domain.Extraction;

/// <summary>A physical unit: its code (lowercase, usable as a quantity's unit) and what it measures.</summary>
public sealed record MeasureUnit(string Code, string Dimension);

/// <summary>
/// The units of measure the extractor knows, by the words and symbols news writes them in: length, mass, area, volume,
/// temperature, energy, power and speed (time stays a duration). One-letter symbols ("m", "g", "l", "t") count only
/// glued to their figure ("3m", "5t"), so "5 m" in a list is not a metre; "C" and "F" only after a degree sign.
/// </summary>
internal static class Measures
{
    private static readonly FrozenDictionary<string, MeasureUnit> Words = Build(
        ("length", "km", ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"]),
        ("length", "m", ["metre", "metres", "meter", "meters"]),
        ("length", "cm", ["cm", "centimetre", "centimetres", "centimeter", "centimeters"]),
        ("length", "mm", ["mm", "millimetre", "millimetres", "millimeter", "millimeters"]),
        ("length", "mi", ["mile", "miles", "mi"]),
        ("length", "ft", ["ft", "foot", "feet"]),
        ("length", "in", ["inch", "inches"]),
        ("length", "yd", ["yard", "yards", "yd", "yds"]),
        ("mass", "kg", ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"]),
        ("mass", "g", ["gram", "grams", "gramme", "grammes"]),
        ("mass", "mg", ["mg", "milligram", "milligrams"]),
        ("mass", "t", ["tonne", "tonnes", "ton", "tons", "metric tons"]),
        ("mass", "lb", ["lb", "lbs"]),
        ("mass", "oz", ["oz", "ounce", "ounces"]),
        ("area", "ha", ["ha", "hectare", "hectares"]),
        ("area", "acre", ["acre", "acres"]),
        ("area", "km2", ["km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers"]),
        ("area", "m2", ["m2", "m²", "sq m", "square metre", "square metres", "square meter", "square meters"]),
        ("area", "mi2", ["sq mi", "square mile", "square miles"]),
        ("area", "ft2", ["sq ft", "square foot", "square feet"]),
        ("volume", "l", ["litre", "litres", "liter", "liters"]),
        ("volume", "ml", ["ml", "millilitre", "millilitres", "milliliter", "milliliters"]),
        ("volume", "gal", ["gallon", "gallons"]),
        ("volume", "bbl", ["barrel", "barrels", "bbl"]),
        ("volume", "m3", ["m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters"]),
        ("temperature", "celsius", ["degrees celsius", "degree celsius", "degrees c", "celsius"]),
        ("temperature", "fahrenheit", ["degrees fahrenheit", "degree fahrenheit", "degrees f", "fahrenheit"]),
        ("energy", "kwh", ["kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours"]),
        ("energy", "mwh", ["mwh", "megawatt-hour", "megawatt-hours", "megawatt hours"]),
        ("energy", "gwh", ["gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hours"]),
        ("energy", "twh", ["twh", "terawatt-hour", "terawatt-hours", "terawatt hours"]),
        ("energy", "kj", ["kj", "kilojoule", "kilojoules"]),
        ("energy", "mj", ["mj", "megajoule", "megajoules"]),
        ("energy", "j", ["joule", "joules"]),
        ("energy", "kcal", ["kcal", "kilocalorie", "kilocalories", "calories"]),
        ("power", "w", ["watt", "watts"]),
        ("power", "kw", ["kw", "kilowatt", "kilowatts"]),
        ("power", "mw", ["mw", "megawatt", "megawatts"]),
        ("power", "gw", ["gw", "gigawatt", "gigawatts"]),
        ("speed", "km_h", ["km/h", "kph", "kmh", "km per hour", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"]),
        ("speed", "mph", ["mph", "miles per hour", "miles an hour"]),
        ("speed", "m_s", ["m/s", "metres per second", "meters per second"]),
        ("speed", "kn", ["knot", "knots"]),
        ("data", "kb", ["kb", "kilobyte", "kilobytes"]),
        ("data", "mb", ["mb", "megabyte", "megabytes"]),
        ("data", "gb", ["gb", "gigabyte", "gigabytes"]),
        ("data", "tb", ["tb", "terabyte", "terabytes"]));

    // Symbols that name a unit only when glued to the figure: "3m", "5t", "2l", "500g", "15W".
    private static readonly FrozenDictionary<string, MeasureUnit> Glued = new Dictionary<string, MeasureUnit>(StringComparer.Ordinal)
    {
        ["m"] = new("m", "length"), ["g"] = new("g", "mass"), ["t"] = new("t", "mass"), ["l"] = new("l", "volume"),
        ["L"] = new("l", "volume"), ["W"] = new("w", "power"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The most words a unit's name takes ("kilometres per hour").</summary>
    public static readonly int LongestPhrase = Words.Keys.Max(k => k.Split(' ').Length);

    public static MeasureUnit Celsius => Words["celsius"];

    public static MeasureUnit Fahrenheit => Words["fahrenheit"];

    // The first word of every name ("square" of "square kilometres", "km" of "km/h"): most words after a figure are none.
    private static readonly FrozenSet<string> FirstWords =
        Words.Keys.Select(k => k.Split(' ', '-', '/')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a unit's name may start with <paramref name="word"/>, in any case; a cheap refusal before the names are read.</summary>
    public static bool MayStart(ReadOnlySpan<char> word) => FirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A unit by its lowercase name: "km", "square kilometres", "km/h".</summary>
    public static bool TryName(string lowercase, out MeasureUnit unit) => Words.TryGetValue(lowercase, out unit!);

    /// <summary>A one-letter symbol glued to its figure: "m", "g", "t", "l", "W".</summary>
    public static bool TryGlued(ReadOnlySpan<char> symbol, out MeasureUnit unit) =>
        Glued.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(symbol, out unit!);

    private static FrozenDictionary<string, MeasureUnit> Build(params (string Dimension, string Code, string[] Names)[] units)
    {
        var words = new Dictionary<string, MeasureUnit>(StringComparer.Ordinal);
        foreach (var (dimension, code, names) in units)
            foreach (var name in names)
                words[name] = new MeasureUnit(code, dimension);
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
