//! Las palabras en español de la página "Mi tratamiento".

use super::toolkit_shape::ToolkitWords;

const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// La tabla en español.
pub static TOOLKIT_ES: ToolkitWords = ToolkitWords {
    intro: "Sus propias herramientas para su tratamiento: los números de su equipo de atención, cuándo llamar, un diario de síntomas, un calendario y un resumen para su próxima cita.",
    private_note: "Todo lo que escribe aquí se guarda solo en este dispositivo: la guía nunca lo envía a ningún lugar.",
    storage_blocked: "Este navegador no está guardando lo que escribe aquí (el almacenamiento está bloqueado, lleno o se borró). Guarde ahora una copia en un archivo, antes de escribir más.",
    storage_broken: "Los datos guardados en este dispositivo no se pueden leer. Se dejaron como estaban, y lo que escriba ahora no se guarda. Descárguelos para tener una copia; luego puede borrarlos para empezar de nuevo.",
    download_broken: "Descargar los datos guardados",
    print: "Imprimir",

    team_heading: "Mi equipo de atención",
    other_treatments: "Otros tratamientos",
    other_treatments_hint: "Nombres de tratamientos que esta guía no tiene en sus tarjetas, como quimioterapia o terapia hormonal.",
    team_intro: "Escriba los números que le dio su equipo de atención. La guía nunca adivina un número.",
    team_24h: "Línea de 24 horas",
    team_nurse: "Línea de enfermería",
    team_pharmacy: "Farmacia",
    contact_name: "Nombre",
    contact_phone: "Número de teléfono",
    contact_add: "Agregar un número",
    contact_remove: "Quitar",
    team_empty: "Todavía no hay números. Escríbalos arriba.",
    helplines_heading: "Líneas de ayuda nacionales",
    helplines_intro: "Estas líneas no son su equipo de atención. Responden preguntas generales sobre el cáncer.",
    source: "Fuente: ",
    hours: "Horario: ",
    hours_unconfirmed: "Horario: no confirmado aquí. Consulte su página.",

    drugs_heading: "Mis medicamentos",
    drugs_legend: "Marque los medicamentos que recibe",
    wtc_heading: "Cuándo llamar, para mis medicamentos",
    wtc_pick: "Marque sus medicamentos arriba para ver aquí sus señales.",
    wtc_from: "De: ",
    units_temperature: "Temperatura",
    units_weight: "Peso",
    units_both: "Ambas",

    diary_heading: "Diario de síntomas",
    diary_date: "Fecha",
    diary_symptom: "Síntoma",
    diary_symptom_hint: "Elija de la lista o escriba el suyo.",
    diary_severity: "¿Qué tan fuerte fue en su peor momento?",
    diary_note: "Nota (si quiere)",
    diary_add: "Agregar a mi diario",
    diary_added: "Se agregó a su diario.",
    diary_need_symptom: "Primero escriba el síntoma.",
    diary_need_severity: "Elija qué tan fuerte fue.",
    diary_empty: "Todavía no hay anotaciones.",
    diary_delete: "Borrar",
    diary_call_now: "Esto parece una señal para llamar ahora a su equipo de atención, de día o de noche. La señal en la tarjeta de su medicamento:",
    diary_no_number: "Agregue el número de 24 horas de su equipo al principio de esta página.",
    diary_weeks: "Las últimas 4 semanas",
    diary_row: |symptom, days, of, worst| {
        format!("{symptom}: anotado {} de los últimos {of} días; lo peor: {worst}.", plural(days, "día", "días"))
    },
    severity_none: "Nada",
    severity_mild: "Leve",
    severity_moderate: "Moderada",
    severity_severe: "Severa",
    severity_very_severe: "Muy severa",
    severity_unknown: "Sin anotar",

    cal_heading: "Calendario de tratamiento",
    cal_team_first: "El plan de su equipo es lo primero. Estas fechas parten del horario habitual de cada ficha: cámbielas para que coincidan con lo que le dijo su equipo.",
    cal_plan: |drug| format!("Planificar {drug}"),
    cal_start: "Primera dosis",
    cal_every: "Días entre dosis",
    cal_doses: "Número de dosis (vacío: sin fin fijo)",
    cal_remove: "Quitar este plan",
    cal_coming: "Próximas fechas",
    cal_nothing: "No hay fechas en las próximas semanas.",
    cal_undated: "Controles sin fechas fijas (pregunte a su equipo cuándo):",
    cal_prev: "Mes anterior",
    cal_next: "Mes siguiente",
    cal_month: |year, month| {
        let name = MONTHS.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("");
        format!("{name} de {year}")
    },
    cal_weekdays: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    cal_download: "Descargar para mi calendario (.ics)",
    cal_dose_n: |drug, n| format!("{drug}: dosis {n}"),
    cal_daily: |drug, last| match last {
        Some(last) => format!("{drug}: todos los días, hasta el {last}"),
        None => format!("{drug}: todos los días"),
    },
    cal_name: "Mi tratamiento (HER2 Guide)",
    cal_dose: |drug| format!("{drug}: día de tratamiento"),
    cal_check: |drug, test| format!("{drug}: {test}"),
    cal_check_before: |drug, test| format!("{drug}: {test}, antes de empezar"),
    cal_from_guide: "Planificado en HER2 Guide con las fechas que usted escribió. Si su equipo de atención médica le da otras fechas, guíese por las de ellos.",

    summary_heading: "Resumen para la cita",
    summary_since: "Diario desde",
    summary_drugs: "Mis medicamentos",
    summary_diary: "Mi diario",
    summary_questions: "Mis preguntas",
    summary_mention: "Para mencionar en esta cita",
    summary_nothing: "Nada todavía.",

    data_heading: "Mis datos en este dispositivo",
    export: "Guardar todo en un archivo",
    import: "Agregar desde un archivo guardado",
    import_adds: |team, drugs, plans, diary, questions| {
        format!(
            "Este archivo agrega {}, {}, {}, {} y {}.",
            plural(team, "contacto del equipo de atención", "contactos del equipo de atención"),
            plural(drugs, "medicamento", "medicamentos"),
            plural(plans, "plan", "planes"),
            plural(diary, "anotación del diario", "anotaciones del diario"),
            plural(questions, "pregunta", "preguntas")
        )
    },
    import_already: |n| format!("{} que ya estaban aquí quedan como están.", plural(n, "elemento", "elementos")),
    import_add: "Agregar",
    import_cancel: "Cancelar",
    import_done: "Se agregó. No se cambió nada de lo que ya tenía.",
    import_too_large: |mb| format!("Este archivo es demasiado grande para ser datos guardados de HER2 Guide (el límite es {mb} MB)."),
    import_not_json: |line, column| format!("Este archivo está dañado o no son datos guardados de HER2 Guide (deja de tener sentido en la línea {line}, columna {column})."),
    import_newer: |found, reads| format!("Este archivo lo guardó una versión más nueva de HER2 Guide (versión de datos {found}; esta versión lee hasta la {reads}). Vuelva a cargar la guía para obtener la versión nueva y luego inténtelo otra vez."),
    import_wrong_shape: |detail| format!("Este archivo no son datos guardados de HER2 Guide ({detail})."),
    import_nothing_changed: "No se cambió nada.",
    delete_all: "Borrar todo en este dispositivo",
    delete_warning: "Esto borra sus números, medicamentos, diario y planes de este dispositivo. No se puede deshacer.",
    delete_yes: "Sí, borrar todo",
    delete_keep: "Conservar mis datos",
    deleted: "Se borró todo de este dispositivo.",
};
