//! The Spanish word list (the same ids as en.rs).

use super::shape::{CheckTimes, Words};

/// "1 semana", "3 semanas".
fn weeks(n: u64) -> String {
    if n == 1 {
        "1 semana".into()
    } else {
        format!("{n} semanas")
    }
}

/// "la primera semana", "las primeras 12 semanas".
fn first_weeks(n: u64) -> String {
    if n == 1 {
        "la primera semana".into()
    } else {
        format!("las primeras {n} semanas")
    }
}

/// "cada semana", "cada 3 semanas".
fn every_weeks(n: u32) -> String {
    if n == 1 {
        "cada semana".into()
    } else {
        format!("cada {n} semanas")
    }
}

/// "todos los días", "cada semana", "cada 3 semanas", "cada 10 días".
fn every_days(n: u32) -> String {
    match n {
        1 => "todos los días".into(),
        7 => "cada semana".into(),
        n if n % 7 == 0 => format!("cada {} semanas", n / 7),
        n => format!("cada {n} días"),
    }
}

/// "Análisis de sangre del hígado: antes de empezar, luego cada 3 semanas durante el tratamiento, …".
fn check(label: &str, times: &CheckTimes) -> String {
    let every = times.every;
    let mut parts = Vec::new();
    if times.before_start {
        parts.push("antes de empezar".to_string());
    }
    match (times.for_weeks, times.then) {
        (Some(f), Some(t)) => {
            parts.push(format!(
                "{} durante {}",
                every_weeks(every),
                first_weeks(u64::from(f))
            ));
            parts.push(format!("{} durante el tratamiento", every_weeks(t)));
        }
        (Some(f), None) => parts.push(format!(
            "{} durante {} de tratamiento",
            every_weeks(every),
            first_weeks(u64::from(f))
        )),
        (None, _) => parts.push(format!("{} durante el tratamiento", every_weeks(every))),
    }
    if let Some(a) = times.after {
        parts.push(format!(
            "{} durante {} después del tratamiento",
            every_weeks(times.then.unwrap_or(every)),
            weeks(u64::from(a))
        ));
    }
    format!("{label}: {}.", parts.join(", luego "))
}

pub static ES: Words = Words {
    // The page before the app runs
    site_name: "HER2 Guide",
    page_description: "HER2 Guide explica con palabras sencillas el tratamiento del cáncer dirigido a HER2: qué es HER2, cómo se hace la prueba y cada medicamento contra HER2 aprobado, con sus fuentes. Funciona sin conexión.",
    loading: "Cargando la guía…",
    start_failed: "La guía no pudo abrirse: una parte no se descargó. Revise su conexión y luego ",
    try_again: "Intentar de nuevo",
    needs_javascript: "HER2 Guide necesita JavaScript para abrir sus tarjetas y páginas. Por favor, active JavaScript o abra esta página en otro navegador.",

    // Navigation, header and footer
    skip_to_content: "Saltar al contenido principal",
    nav_label: "Principal",
    nav_overview: "Resumen",
    nav_compare: "Comparar",
    nav_articles: "Artículos",
    nav_glossary: "Glosario",
    nav_questions: "Mis preguntas",
    nav_search: "Buscar",
    nav_my_treatment: "Mi tratamiento",
    site_suffix: " — ",
    footer_not_advice: "Esta guía es información, no consejo médico. Hable con su equipo de atención médica sobre su propio tratamiento.",
    footer_reviewed: "Información revisada el",
    footer_version: "versión del contenido",

    // Loading and errors
    load_failed_title: "No se pudo cargar la guía",
    retry: "Reintentar",
    reload: "Volver a cargar",
    page_loading: "Abriendo esta página…",
    page_not_loaded_title: "No se pudo abrir esta página",
    page_newer_build: "Hay una nueva versión de la guía. Vuelva a cargar para abrir esta página en la nueva versión.",
    part_unreadable: "No se pudo leer parte de esta página en esta copia de la guía. Vuelva a cargar la página para obtener una copia nueva.",
    page_not_loaded_body: "Esta parte de la guía no se descargó. Revise su conexión y vuelva a intentarlo. El resumen y las tarjetas de los medicamentos siguen funcionando.",
    stale_content: "Está leyendo la copia de esta guía guardada en este dispositivo. No se pudo cargar la versión más reciente:",
    load_network: "No se pudo descargar el contenido de la guía. Revise su conexión a internet y vuelva a intentarlo.",
    load_not_found: "No se encontró el archivo de contenido de la guía en el servidor (error 404).",
    load_http: |status| format!("El servidor no pudo enviar el contenido de la guía (error {status})."),
    load_timed_out: "El contenido de la guía está tardando demasiado en llegar. Revise su conexión a internet y vuelva a intentarlo.",

    // Why the content file was refused
    pack_too_large: |mb| format!("El archivo de contenido es demasiado grande ({mb} MB), así que no se abrió."),
    pack_not_utf8: |at| format!("El archivo de contenido está dañado: no es texto legible (byte incorrecto en la posición {at})."),
    pack_html_page: "El servidor envió una página web en lugar del archivo de contenido de la guía.",
    pack_empty: "El archivo de contenido está vacío.",
    pack_not_json: |line, column, detail| format!("El archivo de contenido está dañado: no es JSON válido (línea {line}, columna {column}: {detail})."),
    pack_unsupported: |found, reads| format!("El contenido está en un formato que esta aplicación no puede leer (formato {found}; esta aplicación lee el formato {reads}). Si vuelve a cargar la página, puede que se descargue una versión más nueva de la aplicación."),
    pack_schema: |path, detail| format!("El archivo de contenido no tiene la forma esperada: {path}: {detail}."),
    pack_invalid: "El contenido no pasó sus revisiones: ",
    pack_invalid_more: |n| format!(" (y {n} más)"),

    // Problems found by the content checks
    check_empty: "no debe estar vacío",
    check_future: |value| format!("`{value}` es una fecha futura"),
    check_review_not_after: |next, last| format!("`{next}` debe ser posterior a last_reviewed `{last}`"),
    check_review_too_late: |next, last| format!("`{next}` es más de 12 meses después de last_reviewed `{last}`"),
    check_few_sources: |needed, has| match needed {
        1 => format!("necesita al menos 1 fuente, tiene {has}"),
        needed => format!("necesita al menos {needed} fuentes, tiene {has}"),
    },
    check_not_https: "no es una URL https",
    check_link_nowhere: |link| format!("el enlace interno `{link}` no lleva a ninguna parte"),
    check_bad_id: |id| format!("`{id}` no es un id válido (use a-z, 0-9 y guiones)"),
    check_duplicate_id: |id| format!("id repetido `{id}`"),
    check_unsupported_version: "versión no compatible",
    check_no_drugs: "el paquete de contenido no tiene medicamentos",
    check_no_routes: "debe nombrar al menos una forma en que se administra",
    check_no_cancers: "debe nombrar al menos un cáncer",
    check_no_other_drug: |id| format!("ningún otro medicamento tiene el id `{id}`"),
    check_no_drug: |id| format!("ningún medicamento tiene el id `{id}`"),
    check_no_other_article: |id| format!("ningún otro artículo tiene el id `{id}`"),
    check_section_order: |title| format!("la sección `{title}` está fuera de orden o repetida"),
    check_missing_section: |title| format!("falta la sección `{title}`"),
    check_tags: "los temas (tags) van en minúsculas y no pueden estar vacíos",
    date_not_full: |text| format!("`{text}` no es una fecha completa (AAAA-MM-DD)"),
    date_invalid: |text| format!("`{text}` no es una fecha (AAAA-MM-DD)"),
    date_no_month: |text, month| format!("`{text}` tiene un mes {month}, que no existe"),
    date_not_real: |text| format!("`{text}` no es un día que exista"),
    months: [
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
    ],
    date_day: |day, month, year| format!("{day} de {month} de {year}"),
    date_month: |month, year| format!("{month} de {year}"),

    // Languages and translation
    lang_switch: "Idioma",
    lang_offline: "Ese idioma todavía no está guardado en este dispositivo. Conéctese a internet para cambiar de idioma; esta página se queda como está.",
    translation_of: |date| format!("Esta página es una traducción de la página en inglés revisada el {date}."),
    translation_not_reviewed: "Ningún profesional clínico bilingüe ha revisado todavía esta traducción.",
    translation_reviewed_by: |who| format!("Revisión clínica de la traducción: {who}."),
    translation_english_link: "Leer la página en inglés",
    translation_behind: |date| format!("La página en inglés se actualizó el {date}, después de esta traducción. Puede que esta traducción todavía no tenga esos cambios."),

    // Offline and updates
    offline: "No tiene conexión. Todo en esta guía sigue funcionando; se actualizará cuando vuelva a tener conexión.",
    offline_not_saved: "No tiene conexión. Esta guía todavía no está guardada en este dispositivo. Por eso, puede que las páginas que no ha abierto no carguen hasta que vuelva a tener conexión.",
    update_ready: "Hay una nueva versión disponible.",

    // Home
    drugs_heading: "Los medicamentos",
    drugs_intro: "Toque o haga clic en un medicamento para abrir su tarjeta. Puede abrir varias a la vez.",
    articles_heading: "Artículos",
    results_heading: "¿Qué significa mi resultado de HER2?",
    expand_all: "Abrir todo",
    collapse_all: "Cerrar todo",
    confuse_heading: "Nombres que no debe confundir",
    confuse_body: "Algunos de estos medicamentos tienen nombres que se parecen. Algunos también vienen en dos formas: una infusión (goteo en la vena, IV) y una inyección debajo de la piel. Cada uno es un medicamento distinto, y nunca se puede cambiar uno por otro. Antes de cada dosis, revise el nombre y la forma con su enfermera o su farmacéutico.",
    confuse_list: "Medicamentos con nombres que se parecen",

    // Drug cards
    card_loading: "Abriendo esta tarjeta…",
    key_points: "Puntos clave",
    key_facts: "Datos clave",
    fact_class: "Tipo de medicamento",
    fact_route: "Cómo se administra",
    fact_schedule: "Cada cuánto",
    fact_chair: "Tiempo en el sillón de tratamiento",
    fact_course: "Por cuánto tiempo",
    fact_cancers: "Aprobado para",
    fact_first_approval: "Primera aprobación en EE. UU.",
    fact_boxed: "Advertencia en recuadro sobre",
    fact_contraception: "Anticoncepción",
    accelerated_note: "incluye una aprobación acelerada",
    none: "No tiene",
    biosimilars: "Biosimilares (copias muy parecidas aprobadas en EE. UU.)",
    questions_to_ask: "Preguntas que podría hacer",

    // Sources and review dates
    sources: "Fuentes",
    reviewed: "Última revisión",
    next_review: "próxima revisión prevista",
    overdue_lead: "Puede que esta página no esté al día.",
    overdue_was_due: "Debía revisarse de nuevo el",
    overdue_check: "Vea la información más reciente aquí, o pregúntele a su equipo de atención médica:",

    // Articles
    all_articles: "Todos los artículos",
    published: "Publicado el",
    drugs_in_article: "Medicamentos en este artículo",
    related: "Artículos relacionados",
    tags: "Temas",

    // Filters
    filters_legend: "Mostrar solo",
    filter_cancer: "Tipo de cáncer",
    filter_class: "Tipo de medicamento",
    filter_route: "Cómo se administra",
    filter_all: "Todos",
    filter_topic: "Tema",
    filter_all_topics: "Todos los temas",
    filter_no_match: "Nada coincide con estas opciones. Elija “Todos” en una lista para ver más.",
    showing_medicines: |shown, total| match total {
        1 => format!("Mostrando {shown} de 1 medicamento"),
        total => format!("Mostrando {shown} de {total} medicamentos"),
    },
    showing_articles: |shown, total| match total {
        1 => format!("Mostrando {shown} de 1 artículo"),
        total => format!("Mostrando {shown} de {total} artículos"),
    },

    // Compare
    compare_heading: "Compare los medicamentos",
    compare_intro: "Los datos principales de cada medicamento, uno al lado del otro. Abra la tarjeta de un medicamento para ver toda la información.",
    compare_caption: "Comparación de los medicamentos contra HER2",
    col_medicine: "Medicamento",
    col_type: "Tipo",
    col_route: "Cómo se da",
    col_schedule: "Cada cuánto",
    col_cancers: "Aprobado para",
    col_risks: "Riesgos principales",
    col_tests: "Pruebas",
    col_contraception: "Cuánto tiempo usar anticonceptivos",
    contraception_unknown: "No confirmado — pregúntele a su equipo de atención médica",

    // What does my HER2 result mean?
    results_intro: "Su resultado de HER2 está en su informe de patología. Elíjalo abajo para ver qué significa y qué medicamentos están aprobados para ese resultado.",
    results_pick: "Elija su resultado",
    results_none_picked: "Todavía no ha elegido un resultado.",
    results_showing: |label| format!("Mostrando: {label}"),
    results_group: "Grupo",
    results_approved: "Medicamentos aprobados en EE. UU. para este resultado (en al menos un tipo de cáncer)",
    results_approved_none: "Ninguno por ahora.",
    results_more: "Más sobre este resultado",
    results_caveat: "Antes de sacar conclusiones de un resultado",
    results_not_advice: "Esto es información, no una recomendación. Pregúntele a su equipo de atención médica qué significa su resultado para usted.",
    results_unavailable: "Esta parte de la guía todavía no está disponible. Su equipo de atención médica le puede explicar qué significa su resultado de HER2.",

    // Search
    search_heading: "Buscar",
    search_label: "Buscar en la guía",
    search_hint: "Nombres de marca o genéricos, nombres cortos como T-DXd, o cualquier palabra. Use las flechas del teclado para moverse por los resultados.",
    search_count: |n| match n {
        0 => "No hay resultados. Revise cómo lo escribió, o pruebe con el nombre de marca o el nombre genérico.".into(),
        1 => "1 resultado".into(),
        n => format!("{n} resultados"),
    },
    search_drugs: "Medicamentos",
    search_articles: "Artículos",
    search_glossary: "Glosario",

    // Glossary
    glossary_heading: "Glosario",
    glossary_intro: "Palabras que puede encontrar en esta guía y en la clínica, explicadas de forma sencilla.",
    pronounce: "Se dice:",

    // Questions to take along
    questions_heading: "Preguntas para llevar a la cita",
    questions_intro: "Marque las preguntas que quiere hacer. Se guardan solo en este dispositivo. Puede imprimirlas para llevarlas a su cita.",
    my_questions: "Mis preguntas",
    questions_ticked: |n| match n {
        0 => "Todavía no ha marcado ninguna pregunta.".into(),
        1 => "1 pregunta marcada.".into(),
        n => format!("{n} preguntas marcadas."),
    },
    questions_not_kept: "No se pudieron guardar sus marcas en este dispositivo (su espacio está lleno o bloqueado). Se borrarán cuando salga de esta página. Imprímalas ahora para no perderlas.",
    print: "Imprimir mis preguntas",
    clear: "Borrar mis preguntas",

    // Not found
    not_found_title: "No se encontró la página",
    not_found_body: "No hay nada en esta dirección. Puede que se haya movido.",
    back_home: "Ir al resumen",

    // Pictures
    show_as_text: "Mostrar como texto",
    diagram_title: "Dónde actúa cada tipo de medicamento contra HER2",
    diagram_note: "Los receptores HER2 están en la superficie de algunas células de cáncer. Elija un tipo de medicamento para ver sus tarjetas.",
    diagram_outside: "Fuera de la célula",
    diagram_inside: "Dentro de la célula",
    diagram_receptor: "Receptor HER2",
    diagram_antibody: "se pega a HER2 por fuera de la célula y evita que forme pareja con otro receptor para enviar señales de crecimiento.",
    diagram_adc: "se pega a HER2 por fuera de la célula y luego lleva un medicamento fuerte contra el cáncer (la carga) al interior de la célula.",
    diagram_tki: "una pastilla que actúa dentro de la célula. Bloquea la señal en el extremo de HER2 que está dentro de la célula.",
    diagram_bispecific: "un solo anticuerpo que se pega a dos partes distintas de HER2 a la vez, por fuera de la célula.",
    approvals_heading: "Cuándo se aprobó cada medicamento en EE. UU.",
    approvals_title: "Aprobaciones en EE. UU. de cada medicamento contra HER2, por año.",
    approvals_caption: "Cada marca es una aprobación: la primera, o un nuevo uso. Un rombo vacío es una aprobación acelerada: se da antes, con base en resultados prometedores, mientras se hacen más estudios.",
    approvals_approval: "Aprobación",
    approvals_accelerated: "Aprobación acelerada",
    approvals_skipped: |n| format!("Aprobaciones que no se muestran porque no se pudo leer su fecha: {n}"),
    approvals_accelerated_item: |item| format!("{item} (aprobación acelerada)"),

    // The course timeline
    timeline_title: "Qué pasa y cuándo",
    timeline_before: "Antes",
    timeline_regular: "cada cierto tiempo",
    tl_before_you_start: "Antes de empezar",
    tl_treatment: "Tratamiento",
    tl_treatment_open: "Tratamiento, mientras le ayude",
    tl_after_treatment: "Después del tratamiento",
    tl_doses: "Dosis",
    tl_dose: |number, day| match day {
        0 => format!("Dosis {number}: inicio"),
        1 => format!("Dosis {number}: después de 1 día"),
        d if d % 7 == 0 => format!("Dosis {number}: semana {}", d / 7),
        d => format!("Dosis {number}: después de {d} días"),
    },
    tl_week: |week| format!("Semana {week}"),
    tl_after: |n| format!("{} después del tratamiento", weeks(n)),
    tl_start: "Inicio",
    tl_month: |month| format!("Mes {month}"),
    tl_year: |year| format!("Año {year}"),
    tl_doses_open: |label, days, shown| {
        let shown = if shown == 1 {
            "se muestra la primera semana".to_string()
        } else {
            format!("se muestran {}", first_weeks(shown))
        };
        format!(
            "{label}: {}, mientras el tratamiento le ayude ({shown}).",
            every_days(days)
        )
    },
    tl_doses_course: |label, days, course, count| {
        if days == 1 {
            format!("{label}: {} durante {}.", every_days(days), weeks(course))
        } else {
            format!(
                "{label}: {} durante {}, {count} dosis en total.",
                every_days(days),
                weeks(course)
            )
        }
    },
    tl_check: check,
    tl_check_text: |label, clause| format!("{label}: {clause}"),

    // Labels of the model's kinds
    class_antibody: "Anticuerpo monoclonal",
    class_adc: "Conjugado de anticuerpo y medicamento",
    class_tki: "Inhibidor de la tirosina cinasa (pastilla)",
    class_bispecific: "Anticuerpo biespecífico",
    route_iv: "Infusión (goteo en la vena, IV)",
    route_sc: "Inyección debajo de la piel",
    route_oral: "Pastilla por boca",
    cancer_breast: "Mama",
    cancer_gastric: "Estómago o unión entre el esófago y el estómago",
    cancer_lung: "Pulmón",
    cancer_colorectal: "Colorrectal (intestino grueso)",
    cancer_biliary: "Vías biliares o vesícula biliar",
    cancer_any_solid: "Cualquier tumor sólido (HER2 3+)",
    setting_early: "Etapa temprana (antes o después de la cirugía)",
    setting_metastatic: "Avanzado o que se ha extendido (metastásico)",
    risk_heart: "Corazón",
    risk_lung: "Pulmón",
    risk_liver: "Hígado",
    risk_diarrhoea: "Diarrea",
    risk_infusion: "Reacciones a la infusión",
    risk_bleeding: "Sangrado",
    risk_eye: "Ojos",
    section_what: "Qué es",
    section_who: "Para quién es",
    section_benefit: "Qué puede hacer por usted",
    section_how: "Cómo se administra",
    section_call_now: "Llame ya, de día o de noche",
    section_call_today: "Llame el mismo día",
    section_next_visit: "Coméntelo en su próxima cita",
    section_side_effects: "Efectos secundarios frecuentes",
    section_tests: "Pruebas que le harán",
    section_pregnancy: "Embarazo y anticoncepción",
    section_interactions: "Otros medicamentos y alimentos",
    section_confuse: "Nombres que no debe confundir",
};
